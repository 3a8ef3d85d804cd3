import { randomUUID } from 'node:crypto';
import type { Decider } from '#libs/ddd';
import { ConcurrencyError } from '../store/errors.js';
import type { PgEventStore } from '../store/pg-event-store.js';
import type { NewEvent, StreamRef } from '../store/types.js';
import { commandError } from './command-errors.js';
import { type DomainEvent, StreamReader } from './stream-reader.js';

/** Attempts when someone else appends between our read and our append (no If-Match given). */
export const MAX_ATTEMPTS = 3;

/** Who sends a command and how they want it handled. */
export interface CommandEnvelope {
  /** Stored as the events' actor. */
  actor: string;
  correlationId: string;
  /**
   * The client's Idempotency-Key, used as the command id: the store remembers command ids per
   * tenant, so the same key again returns the first result. Without one, every request gets a fresh id.
   */
  idempotencyKey?: string;
  /** From If-Match: the version of the stream the client last saw. */
  expectedVersion?: number;
}

export interface StreamCommand<C, E extends DomainEvent, S> {
  stream: StreamRef;
  decider: Decider<C, E, S>;
  envelope: CommandEnvelope;
  /**
   * Builds the command from the state it will be decided against, and is called again on every
   * attempt. Authorization belongs here (it sees the same state as the decision); throw to refuse.
   */
  command: (current: { state: S; version: number }) => C | Promise<C>;
  /** Only commands that create their stream may find it empty; for the others that is not_found. */
  createsStream?: boolean;
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
}

/**
 * The one way to write through a decider: read the stream, fold it, decide, append with the
 * version read as the expected version. A conflict with a concurrent writer is decided again
 * against the new state (a retry can never overwrite what it did not see); with If-Match the
 * client asked for exactly one version, so a mismatch is a precondition error and never retried.
 */
export class CommandLoop {
  private readonly reader: StreamReader;

  constructor(private readonly store: PgEventStore) {
    this.reader = new StreamReader(store);
  }

  async execute<C, E extends DomainEvent, S>(request: StreamCommand<C, E, S>): Promise<Executed<E, S>> {
    const { stream, decider, envelope } = request;
    const commandId = envelope.idempotencyKey ?? randomUUID();
    for (let attempt = 1; ; attempt++) {
      const { state, version } = await this.reader.load(stream, decider);
      if (version === 0 && !request.createsStream) throw commandError.streamNotFound(stream);
      const command = await request.command({ state, version });
      // A replay is answered before If-Match is checked: the retry of a request that succeeded
      // carries the version from before it, and must get the first answer, not a 412.
      const replayedVersion = await this.replayedVersion(stream, envelope);
      if (replayedVersion !== undefined)
        return { version: replayedVersion, state, events: [], replayed: true };
      if (envelope.expectedVersion !== undefined && envelope.expectedVersion !== version) {
        throw commandError.versionMismatch(stream, envelope.expectedVersion, version);
      }
      const events = decider.decide(command, state);
      if (events.length === 0) return { version, state, events, replayed: false };
      try {
        const appended = await this.store.append(
          stream,
          events.map((event) => newEvent(event, envelope, commandId)),
          { expected: version, commandId },
        );
        if (appended.replayed) {
          // The same key won a race on this stream a moment ago: answer as it was answered.
          const current = await this.reader.load(stream, decider);
          return { version: appended.nextExpectedVersion, state: current.state, events: [], replayed: true };
        }
        const after = events.reduce(decider.evolve, state);
        return { version: appended.nextExpectedVersion, state: after, events, replayed: false };
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        if (envelope.expectedVersion !== undefined) {
          throw commandError.versionMismatch(stream, envelope.expectedVersion, error.actual);
        }
        if (attempt >= MAX_ATTEMPTS) throw commandError.concurrentUpdate(stream);
      }
    }
  }

  private async replayedVersion(stream: StreamRef, envelope: CommandEnvelope): Promise<number | undefined> {
    if (envelope.idempotencyKey === undefined) return undefined;
    const processed = await this.store.processedCommand(stream.tenantId, envelope.idempotencyKey);
    if (processed === undefined) return undefined;
    if (processed.streamId !== stream.streamId) throw commandError.idempotencyKeyReused();
    return processed.nextExpectedVersion;
  }
}

function newEvent(event: DomainEvent, envelope: CommandEnvelope, commandId: string): NewEvent {
  return {
    eventId: randomUUID(),
    type: event.type,
    data: event.data,
    metadata: { actor: envelope.actor, correlationId: envelope.correlationId, commandId },
  };
}
