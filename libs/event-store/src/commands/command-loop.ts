import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { type Decider, DomainError } from '#libs/ddd';
import { ConcurrencyError } from '../store/errors.js';
import type { PgEventStore } from '../store/pg-event-store.js';
import { SNAPSHOT_EVERY, type SnapshotPolicy } from '../store/snapshots.js';
import type { ExpectedVersion, NewEvent, StreamRef } from '../store/types.js';
import { COMMAND_ERROR, commandError } from './command-errors.js';
import { commandIdFor, requestFingerprint } from './command-fingerprint.js';
import { type DomainEvent, StreamReader } from './stream-reader.js';

/** Attempts when someone else appends between our read and our append (no If-Match given). */
export const MAX_ATTEMPTS = 3;

/** Who sends a command and how they want it handled. */
export interface CommandEnvelope {
  /** Stored as the events' actor. */
  actor: string;
  correlationId: string;
  /**
   * The client's Idempotency-Key. It belongs to the actor: the command id stored is derived from
   * both (commandIdFor), and the same key again with the same request returns the first result,
   * with another request 422 REQUEST.IDEMPOTENCY_KEY_REUSED. Without one, every request gets a fresh id.
   */
  idempotencyKey?: string;
  /** From If-Match: the version of the stream the client last saw. */
  expectedVersion?: number;
}

export interface StreamCommand<C, E extends DomainEvent, S> {
  stream: StreamRef;
  decider: Decider<C, E, S>;
  /** The aggregate keeps snapshots: read from the newest, and take one as the stream grows. */
  snapshots?: SnapshotPolicy;
  envelope: CommandEnvelope;
  /**
   * Builds the command from the state it will be decided against, and is called again on every
   * attempt. Authorization belongs here (it sees the same state as the decision); throw to refuse.
   */
  command: (current: { state: S; version: number }) => C | Promise<C>;
  /** Only commands that create their stream may find it empty; for the others that is not_found. */
  createsStream?: boolean;
  /**
   * What the request asked for, when the command built from it also carries values read from
   * streams (which a retry may find changed): the Idempotency-Key is matched against this instead
   * of the built command. See requestFingerprint.
   */
  request?: unknown;
  /**
   * What the command also records on other streams, worked out in the same attempt from what it
   * decided on its own (see CommandLoop.decideOn) and appended in the same transaction: both or
   * neither, so no crash or failure can leave the cause without its effect. A conflict on one of
   * those streams is decided again like one on the main stream.
   */
  alongside?: (decided: { state: S; events: E[] }) => Promise<AlongsideAppend[]>;
}

/** Events decided on another stream, to be appended together with a command's own. */
export interface AlongsideAppend {
  stream: StreamRef;
  expected: ExpectedVersion;
  events: DomainEvent[];
  /** Set by decideOn for an aggregate that keeps snapshots: the state to keep once appended. */
  snapshot?: PendingSnapshot;
}

/** A state a stream will be in once its append commits, and how far its newest snapshot is behind. */
export interface PendingSnapshot {
  policy: SnapshotPolicy;
  state: unknown;
  /** The version of the snapshot the state was folded on from (0: none). */
  since: number;
}

/** Where an alongside append left its stream. */
export interface AlongsideVersion {
  streamId: string;
  version: number;
}

export interface Executed<E, S> {
  /** The stream's version after the command (unchanged when nothing was decided). */
  version: number;
  /** The state the command left behind. */
  state: S;
  /** What this request appended: empty when nothing was decided or when it was a replay. */
  events: E[];
  /** The Idempotency-Key had been used for this stream already: nothing new was recorded. */
  replayed: boolean;
  /** The other streams the command appended to, with their new versions (empty for a replay). */
  alongside: AlongsideVersion[];
}

/**
 * The one way to write through a decider: read the stream, fold it, decide, append with the
 * version read as the expected version. A conflict with a concurrent writer is decided again
 * against the new state (a retry can never overwrite what it did not see); with If-Match the
 * client asked for exactly one version, so a mismatch is a precondition error and never retried.
 *
 * With an Idempotency-Key the processed command is looked up before deciding, and again whenever
 * the attempt fails in a way a racing retry of the same request explains: the append lost to it
 * (replayed or a version conflict), or the decider refused because that retry already changed the
 * state (already scheduled, already open). Every retry so gets the first answer once it exists.
 * Refusals are never recorded, so a key whose request failed can be sent again.
 */
export class CommandLoop {
  private readonly reader: StreamReader;

  constructor(private readonly store: PgEventStore) {
    this.reader = new StreamReader(store);
  }

  async execute<C, E extends DomainEvent, S>(request: StreamCommand<C, E, S>): Promise<Executed<E, S>> {
    const { stream, decider, envelope } = request;
    const key = envelope.idempotencyKey;
    const commandId = key === undefined ? randomUUID() : commandIdFor(envelope.actor, key);
    // What the key is matched against: the named request, else the command once it is built.
    const fingerprintOf = (command: C | undefined): string | undefined => {
      const asked = request.request ?? command;
      return key === undefined || asked === undefined
        ? undefined
        : requestFingerprint(envelope.actor, stream, asked);
    };
    const replayOf = (fingerprint: string | undefined) =>
      fingerprint === undefined ? Promise.resolve(undefined) : this.replay(request, commandId, fingerprint);

    for (let attempt = 1; ; attempt++) {
      const {
        state,
        version,
        snapshotVersion = 0,
      } = await this.reader.load(stream, decider, request.snapshots);
      if (version === 0 && !request.createsStream) throw commandError.streamNotFound(stream);
      let fingerprint = fingerprintOf(undefined);
      let events: E[];
      try {
        const command = await request.command({ state, version });
        fingerprint = fingerprintOf(command);
        // A replay is answered before If-Match is checked: the retry of a request that succeeded
        // carries the version from before it, and must get the first answer, not a 412.
        const replayed = await replayOf(fingerprint);
        if (replayed) return replayed;
        if (envelope.expectedVersion !== undefined && envelope.expectedVersion !== version) {
          throw commandError.versionMismatch(stream, envelope.expectedVersion, version);
        }
        events = decider.decide(command, state);
      } catch (error) {
        // Refused against a state that a racing retry of this very request may have just made:
        // if that one was recorded meanwhile, its answer is this one's too.
        const retried = error instanceof DomainError && error.code !== COMMAND_ERROR.IDEMPOTENCY_KEY_REUSED;
        const replayed = retried ? await replayOf(fingerprint) : undefined;
        if (replayed) return replayed;
        throw error;
      }
      if (events.length === 0) return { version, state, events, replayed: false, alongside: [] };
      const after = events.reduce(decider.evolve, state);
      try {
        const alongside = ((await request.alongside?.({ state: after, events })) ?? []).filter(
          (append) => append.events.length > 0,
        );
        const appended = await this.appendAll(
          { stream, expected: version, events },
          alongside,
          envelope,
          commandId,
          fingerprint,
        );
        if (appended.replayed) {
          // The same key won a race on this stream a moment ago: answer as it was answered.
          return (await replayOf(fingerprint)) ?? (await this.replayedAt(request, appended.version));
        }
        const pending = request.snapshots && {
          policy: request.snapshots,
          state: after,
          since: snapshotVersion,
        };
        await this.keepSnapshots([
          ...(pending ? [{ stream, version: appended.version, snapshot: pending }] : []),
          ...alongside.flatMap(({ stream: other, snapshot }) => {
            const version = appended.alongside.find(({ streamId }) => streamId === other.streamId)?.version;
            return snapshot && version !== undefined ? [{ stream: other, version, snapshot }] : [];
          }),
        ]);
        return {
          version: appended.version,
          state: after,
          events,
          replayed: false,
          alongside: appended.alongside,
        };
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        // The stream may have moved because a racing retry of this request appended.
        const replayed = await replayOf(fingerprint);
        if (replayed) return replayed;
        // If-Match is about the main stream; another stream that moved is simply decided again.
        if (envelope.expectedVersion !== undefined && error.streamId === stream.streamId) {
          throw commandError.versionMismatch(stream, envelope.expectedVersion, error.actual);
        }
        if (attempt >= MAX_ATTEMPTS) throw commandError.concurrentUpdate(stream);
      }
    }
  }

  /**
   * Decides a command on another stream against its current state, for a command's `alongside`:
   * the result is appended with the main command's events, expecting the version read here.
   */
  async decideOn<C, E extends DomainEvent, S>(
    stream: StreamRef,
    decider: Decider<C, E, S>,
    command: (current: { state: S; version: number }) => C,
    { createsStream = false, snapshots }: { createsStream?: boolean; snapshots?: SnapshotPolicy } = {},
  ): Promise<AlongsideAppend & { state: S }> {
    const { state, version, snapshotVersion = 0 } = await this.reader.load(stream, decider, snapshots);
    if (version === 0 && !createsStream) throw commandError.streamNotFound(stream);
    const events = decider.decide(command({ state, version }), state);
    // The state it would leave, for a caller whose own command carries what was decided here.
    const after = events.reduce(decider.evolve, state);
    const expected = version === 0 ? 'no_stream' : version;
    const snapshot = snapshots && { policy: snapshots, state: after, since: snapshotVersion };
    return { stream, expected, events, state: after, ...(snapshot && { snapshot }) };
  }

  /**
   * After the append committed: a new snapshot of each stream that has grown by SNAPSHOT_EVERY
   * (or its policy's `every`) since the one it was read from. Best effort, outside the command's
   * transaction: the command has succeeded, and a snapshot that fails to be written only means
   * the next command reads a few more events (and tries again).
   */
  private async keepSnapshots(
    appended: { stream: StreamRef; version: number; snapshot: PendingSnapshot }[],
  ): Promise<void> {
    for (const { stream, version, snapshot } of appended) {
      const { policy, state, since } = snapshot;
      if (version - since < (policy.every ?? SNAPSHOT_EVERY)) continue;
      try {
        await this.store.snapshots.write(stream, policy.schema, version, state);
      } catch (error) {
        snapshotLogger.warn(`no snapshot of ${stream.streamId} at ${version}: ${String(error)}`);
      }
    }
  }

  private async appendAll(
    main: AlongsideAppend,
    alongside: AlongsideAppend[],
    envelope: CommandEnvelope,
    commandId: string,
    fingerprint: string | undefined,
  ): Promise<{ version: number; replayed: boolean; alongside: AlongsideVersion[] }> {
    const toNew = (events: DomainEvent[]) => events.map((event) => newEvent(event, envelope, commandId));
    if (alongside.length === 0) {
      const appended = await this.store.append(main.stream, toNew(main.events), {
        expected: main.expected,
        commandId,
        fingerprint,
      });
      return { version: appended.nextExpectedVersion, replayed: appended.replayed, alongside: [] };
    }
    const { streams, replayed } = await this.store.appendToStreams(
      [main, ...alongside].map(({ stream, expected, events }) => ({
        stream,
        expected,
        events: toNew(events),
      })),
      { commandId, fingerprint },
    );
    const [first, ...others] = streams.map(({ streamId, nextExpectedVersion }) => ({
      streamId,
      version: nextExpectedVersion,
    }));
    return { version: first.version, replayed, alongside: replayed ? [] : others };
  }

  /**
   * The first answer to this command id, if it was processed: its version and the stream's state
   * now (read again, as the state this attempt read may be from before the first one appended). A
   * record on another stream or for another request means the key was used for something else.
   */
  private async replay<C, E extends DomainEvent, S>(
    request: StreamCommand<C, E, S>,
    commandId: string,
    fingerprint: string,
  ): Promise<Executed<E, S> | undefined> {
    const processed = await this.store.processedCommand(request.stream.tenantId, commandId);
    if (processed === undefined) return undefined;
    if (processed.streamId !== request.stream.streamId || processed.fingerprint !== fingerprint) {
      throw commandError.idempotencyKeyReused();
    }
    return this.replayedAt(request, processed.nextExpectedVersion);
  }

  private async replayedAt<C, E extends DomainEvent, S>(
    request: StreamCommand<C, E, S>,
    version: number,
  ): Promise<Executed<E, S>> {
    const { state } = await this.reader.load(request.stream, request.decider, request.snapshots);
    return { version, state, events: [], replayed: true, alongside: [] };
  }
}

const snapshotLogger = new Logger('Snapshots');

function newEvent(event: DomainEvent, envelope: CommandEnvelope, commandId: string): NewEvent {
  return {
    eventId: randomUUID(),
    type: event.type,
    data: event.data,
    metadata: { actor: envelope.actor, correlationId: envelope.correlationId, commandId },
  };
}
