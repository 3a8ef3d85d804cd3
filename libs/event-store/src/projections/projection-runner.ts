import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';
import type { LoggerService } from '@nestjs/common';
import type { PgEventStore } from '../store/pg-event-store.js';
import type { LogPosition, StoredEvent } from '../store/types.js';
import { applyBatch, type BatchApplied } from './apply-batch.js';
import { ensureCheckpoint, readCheckpoint, samePosition, writeCheckpoint } from './checkpoints.js';
import { describeError, type Halt, markReplaysApplied, readHaltState, recordHalt } from './dead-letters.js';
import type { Projection } from './projection.js';
import type { ProjectionLeases } from './projection-leases.js';
import { DEFAULT_RETRY_BACKOFF, type RetryBackoff, retryDelayMs } from './retry-backoff.js';
import { StreamOrderGuard } from './stream-order-guard.js';
import { isTransientError, WaitingForReadModel } from './transient-errors.js';

/** How many waits for a read model pass quietly (about a minute of backoff) before they are reported. */
const PATIENCE = 10;

export interface RunnerOptions {
  batchSize: number;
  /** The wait after a batch that found something, and the first wait once caught up. */
  pollMs: number;
  /**
   * An idle runner doubles its wait after each empty poll up to this (default 2000 ms), so an
   * idle service does not query every 100 ms per projection; an append anywhere still wakes it at
   * once (NOTIFY). What only polling finds (an event that becomes visible when an older, unrelated
   * transaction ends) waits at most this long.
   */
  idlePollMaxMs?: number;
  /** How often a runner that does not own its projection asks again. */
  standbyMs?: number;
  /**
   * Woken by an append, a caught-up runner waits this long (default 0) before it reads, so the
   * appends of a busy moment go in one batch: each batch costs the same handful of statements
   * (checkpoint, savepoint, halts) whatever it holds, and at a few hundred commands a second one
   * batch per append and projection was most of the database's work.
   */
  gatherMs?: number;
  replaying?: boolean;
  /** Waits between retries after a failure that is not the event's fault. */
  retry?: RetryBackoff;
}

export interface BatchOutcome {
  /** Events read and checkpointed (0 when caught up). */
  processed: number;
  /** The batch was read from a checkpoint that moved meanwhile (a rebuild, a skip): read again. */
  stale: boolean;
  /** The projection is halted at this event: nothing after it is applied until a replay or skip. */
  halted?: Halt;
}

/** Runs one projection: read a fenced batch, apply it and move the checkpoint in one transaction. */
export class ProjectionRunner {
  private readonly guard = new StreamOrderGuard();
  /** Where this runner last left the checkpoint; anything else means someone reset it. */
  private leftAt?: LogPosition;
  private loop?: Promise<void>;
  private stopping = false;
  /** Aborted by `stop`, so a drain never waits out a retry's backoff. */
  private stopSignal = new AbortController();
  lastError?: string;

  constructor(
    readonly projection: Projection,
    private readonly dataSource: DataSource,
    private readonly store: PgEventStore,
    private readonly leases: ProjectionLeases,
    private readonly options: RunnerOptions,
    private readonly logger?: LoggerService,
  ) {}

  async prepare(): Promise<void> {
    await ensureCheckpoint(
      this.dataSource.manager,
      this.projection.name,
      this.projection.kind === 'reaction',
    );
  }

  /** The log after `from`, fenced, in this runner's batch size (a shadow rebuild reads with it). */
  readLog(from: LogPosition): Promise<StoredEvent[]> {
    return this.store.readLog(from, this.options.batchSize);
  }

  /** Starts the background loop; `stop` drains it. */
  start(): void {
    this.stopping = false;
    if (this.stopSignal.signal.aborted) this.stopSignal = new AbortController();
    this.loop ??= this.run().finally(() => (this.loop = undefined));
  }

  /** Graceful drain: the batch in flight commits (or rolls back) before this resolves. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.stopSignal.abort();
    this.leases.wakeAll();
    await this.loop;
    await this.leases.release(this.projection.name);
  }

  /** Processes one batch. The caller must own the projection's lease. */
  async processBatch(): Promise<BatchOutcome> {
    const { halted, replayPending } = await readHaltState(this.dataSource.manager, this.projection.name);
    if (halted) return { processed: 0, stale: false, halted };
    // Read every time, not cached: a rebuild or a skip may have moved it since the last batch.
    const from = await readCheckpoint(this.dataSource.manager, this.projection.name);
    if (this.leftAt && !samePosition(from, this.leftAt)) this.guard.forget();
    this.leftAt = from;
    const events = await this.store.readLog(from, this.options.batchSize);
    if (events.length === 0) return { processed: 0, stale: false };
    this.guard.verify(events);
    const result = await this.dataSource.transaction((manager) =>
      this.applyIfCurrent(manager, from, events, replayPending),
    );
    if (!result) {
      this.guard.forget();
      return { processed: 0, stale: true };
    }
    const applied = events.slice(0, result.applied);
    this.guard.remember(applied);
    const last = applied.at(-1);
    if (last) this.leftAt = { transactionId: last.transactionId, globalPosition: last.globalPosition };
    if (!result.failure) return { processed: events.length, stale: false };
    const { event, error } = result.failure;
    this.logger?.error(
      `halted at event ${event.globalPosition} (${event.type}) because ${describeError(error)}; fix it, then \`npm run dead-letters -- --replay ${this.projection.name}\` (or --skip)`,
      undefined,
      this.projection.name,
    );
    return {
      processed: applied.length,
      stale: false,
      halted: (await readHaltState(this.dataSource.manager, this.projection.name)).halted,
    };
  }

  private async applyIfCurrent(
    manager: EntityManager,
    from: LogPosition,
    events: StoredEvent[],
    replayPending: boolean,
  ): Promise<BatchApplied | undefined> {
    // The row lock serialises batches of one projection even if two processes ever raced, and
    // the comparison refuses a batch read before a rebuild or a skip moved the checkpoint.
    const current = await readCheckpoint(manager, this.projection.name, true);
    if (!samePosition(current, from)) return undefined;
    const result = await applyBatch(this.projection, events, manager, this.options.replaying ?? false);
    const last = events[result.applied - 1];
    if (last) {
      await writeCheckpoint(manager, this.projection.name, last);
      if (replayPending) await markReplaysApplied(manager, this.projection.name, last);
    }
    if (result.failure)
      await recordHalt(manager, this.projection.name, result.failure.event, result.failure.error);
    return result;
  }

  private async run(): Promise<void> {
    const name = this.projection.name;
    let failures = 0;
    let idlePolls = 0;
    const idleMax = Math.max(this.options.pollMs, this.options.idlePollMaxMs ?? 2000);
    while (!this.stopping && !this.leases.closed) {
      try {
        if (!(await this.leases.tryAcquire(name))) {
          await this.leases.wait(this.options.standbyMs ?? 1000);
          continue;
        }
        const outcome = await this.processBatch();
        failures = 0;
        this.lastError = undefined;
        idlePolls = outcome.processed === 0 && !outcome.stale ? idlePolls + 1 : 0;
        // Halted: look again each poll, so a replay or skip from the command line is picked up.
        if (outcome.halted || (!outcome.stale && outcome.processed < this.options.batchSize)) {
          const woken = await this.leases.wait(
            Math.min(idleMax, this.options.pollMs * 2 ** Math.max(0, idlePolls - 1)),
          );
          if (woken && (this.options.gatherMs ?? 0) > 0) await this.pause(this.options.gatherMs ?? 0);
        }
      } catch (error) {
        failures += 1;
        const delay = retryDelayMs(failures, this.options.retry ?? DEFAULT_RETRY_BACKOFF);
        const text = error instanceof Error ? error.message : String(error);
        // A reaction waiting for a read model to catch up is the normal order of things for a
        // moment: neither an error on /health nor a warning, until it has waited a long while.
        if (error instanceof WaitingForReadModel && failures < PATIENCE) {
          this.logger?.debug?.(`waiting (attempt ${failures}, again in ${delay} ms): ${text}`, name);
          await this.pause(delay);
          continue;
        }
        this.lastError = text;
        // Transient: the database was in the way, expected now and then. Otherwise no event is to
        // blame either (it is not the projection's apply), but something is wrong: say so loudly.
        const message = `projection failed (attempt ${failures}, retrying in ${delay} ms): ${this.lastError}`;
        if (isTransientError(error)) this.logger?.warn(message, name);
        else this.logger?.error(message, undefined, name);
        await this.pause(delay);
      }
    }
  }

  /** A backoff wait that only a stop interrupts (append notifications do not). */
  private async pause(ms: number): Promise<void> {
    await sleep(ms, undefined, { signal: this.stopSignal.signal }).catch(() => undefined);
  }
}
