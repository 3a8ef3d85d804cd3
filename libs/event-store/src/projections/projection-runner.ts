import type { DataSource, EntityManager } from 'typeorm';
import type { LoggerService } from '@nestjs/common';
import type { PgEventStore } from '../store/pg-event-store.js';
import type { LogPosition, StoredEvent } from '../store/types.js';
import { applyBatch } from './apply-batch.js';
import { ensureCheckpoint, readCheckpoint, samePosition, writeCheckpoint } from './checkpoints.js';
import type { Projection } from './projection.js';
import type { ProjectionLeases } from './projection-leases.js';
import { StreamOrderGuard } from './stream-order-guard.js';

export interface RunnerOptions {
  batchSize: number;
  pollMs: number;
  /** How often a runner that does not own its projection asks again. */
  standbyMs?: number;
  replaying?: boolean;
}

export interface BatchOutcome {
  /** Events read and checkpointed (0 when caught up). */
  processed: number;
  /** The batch was read from a checkpoint that moved meanwhile (a rebuild): read again. */
  stale: boolean;
}

/** Runs one projection: read a fenced batch, apply it and move the checkpoint in one transaction. */
export class ProjectionRunner {
  private readonly guard = new StreamOrderGuard();
  /** Where this runner last left the checkpoint; anything else means someone reset it. */
  private leftAt?: LogPosition;
  private loop?: Promise<void>;
  private stopping = false;
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

  /** Starts the background loop; `stop` drains it. */
  start(): void {
    this.stopping = false;
    this.loop ??= this.run().finally(() => (this.loop = undefined));
  }

  /** Graceful drain: the batch in flight commits (or rolls back) before this resolves. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.leases.wakeAll();
    await this.loop;
    await this.leases.release(this.projection.name);
  }

  /** Processes one batch. The caller must own the projection's lease. */
  async processBatch(): Promise<BatchOutcome> {
    // Read every time, not cached: a rebuild may have reset it since the last batch.
    const from = await readCheckpoint(this.dataSource.manager, this.projection.name);
    if (this.leftAt && !samePosition(from, this.leftAt)) this.guard.forget();
    this.leftAt = from;
    const events = await this.store.readLog(from, this.options.batchSize);
    if (events.length === 0) return { processed: 0, stale: false };
    this.guard.verify(events);
    const committed = await this.dataSource.transaction((manager) =>
      this.applyIfCurrent(manager, from, events),
    );
    if (!committed) {
      this.guard.forget();
      return { processed: 0, stale: true };
    }
    this.guard.remember(events);
    const last = events[events.length - 1];
    this.leftAt = { transactionId: last.transactionId, globalPosition: last.globalPosition };
    return { processed: events.length, stale: false };
  }

  private async applyIfCurrent(
    manager: EntityManager,
    from: LogPosition,
    events: StoredEvent[],
  ): Promise<boolean> {
    // The row lock serialises batches of one projection even if two processes ever raced, and
    // the comparison refuses a batch read before a rebuild reset the checkpoint.
    const current = await readCheckpoint(manager, this.projection.name, true);
    if (!samePosition(current, from)) return false;
    const deadLetters = await applyBatch(this.projection, events, manager, this.options.replaying ?? false);
    if (deadLetters > 0) this.logger?.warn(`${deadLetters} event(s) dead-lettered`, this.projection.name);
    const last = events[events.length - 1];
    await writeCheckpoint(manager, this.projection.name, last);
    return true;
  }

  private async run(): Promise<void> {
    const name = this.projection.name;
    while (!this.stopping && !this.leases.closed) {
      try {
        if (!(await this.leases.tryAcquire(name))) {
          await this.leases.wait(this.options.standbyMs ?? 1000);
          continue;
        }
        const outcome = await this.processBatch();
        this.lastError = undefined;
        if (!outcome.stale && outcome.processed < this.options.batchSize)
          await this.leases.wait(this.options.pollMs);
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
        this.logger?.error(`projection failed: ${this.lastError}`, undefined, name);
        await this.leases.wait(Math.max(this.options.pollMs, 1000));
      }
    }
  }
}
