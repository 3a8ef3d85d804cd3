import { randomUUID } from 'node:crypto';
import {
  ConflictException,
  Injectable,
  PreconditionFailedException,
  UnprocessableEntityException,
} from '@nestjs/common';
import type { Decider } from '#libs/ddd';
import { ConcurrencyError, type NewEvent, PgEventStore, type StreamRef } from '#libs/event-store';
import type { CommandContext } from './command-context.js';
import { ProcessedCommands } from './processed-commands.js';
import { type DomainEvent, notFoundFor, StreamReader } from './stream-reader.js';
import { codePrefixOf } from './streams.js';

/** Attempts when someone else appends between our read and our append (no If-Match given). */
export const MAX_ATTEMPTS = 3;

export interface StreamCommand<C, E extends DomainEvent, S> {
  stream: StreamRef;
  decider: Decider<C, E, S>;
  context: CommandContext;
  /**
   * Builds the command from the state it will be decided against, and is called again on every
   * attempt. Authorization belongs here (it sees the same state as the decision); throw to refuse.
   */
  command: (current: { state: S; version: number }) => C | Promise<C>;
  /** Only commands that create their stream may find it empty; for the others that is a 404. */
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
 * The one way every use case writes: read the stream, fold it, decide, append with the version
 * read as the expected version. A conflict with a concurrent writer is decided again against the
 * new state (a retry can never overwrite what it did not see); with If-Match the client asked for
 * exactly one version, so a mismatch is 412 and never retried.
 */
@Injectable()
export class CommandExecutor {
  constructor(
    private readonly store: PgEventStore,
    private readonly reader: StreamReader,
    private readonly processed: ProcessedCommands,
  ) {}

  async execute<C, E extends DomainEvent, S>(request: StreamCommand<C, E, S>): Promise<Executed<E, S>> {
    const { stream, decider, context } = request;
    const commandId = context.idempotencyKey ?? randomUUID();
    for (let attempt = 1; ; attempt++) {
      const { state, version } = await this.reader.load(stream, decider);
      if (version === 0 && !request.createsStream) throw notFoundFor(stream);
      const command = await request.command({ state, version });
      // A replay is answered before If-Match is checked: the retry of a request that succeeded
      // carries the version from before it, and must get the first answer, not a 412.
      const replayedVersion = await this.replayedVersion(stream, context);
      if (replayedVersion !== undefined)
        return { version: replayedVersion, state, events: [], replayed: true };
      if (context.expectedVersion !== undefined && context.expectedVersion !== version) {
        throw versionMismatch(stream, context.expectedVersion, version);
      }
      const events = decider.decide(command, state);
      if (events.length === 0) return { version, state, events, replayed: false };
      try {
        const appended = await this.store.append(
          stream,
          events.map((event) => newEvent(event, context, commandId)),
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
        if (context.expectedVersion !== undefined) {
          throw versionMismatch(stream, context.expectedVersion, error.actual);
        }
        if (attempt >= MAX_ATTEMPTS) throw concurrentUpdate(stream);
      }
    }
  }

  private async replayedVersion(stream: StreamRef, context: CommandContext): Promise<number | undefined> {
    if (context.idempotencyKey === undefined) return undefined;
    const processed = await this.processed.find(stream.tenantId, context.idempotencyKey);
    if (processed === undefined) return undefined;
    if (processed.streamId !== stream.streamId) {
      throw new UnprocessableEntityException({
        code: 'REQUEST.IDEMPOTENCY_KEY_REUSED',
        message: 'This Idempotency-Key was already used for another request; use a new key per request',
      });
    }
    return processed.nextExpectedVersion;
  }
}

function newEvent(event: DomainEvent, context: CommandContext, commandId: string): NewEvent {
  return {
    eventId: randomUUID(),
    type: event.type,
    data: event.data,
    metadata: { actor: context.principal.accountId, correlationId: context.correlationId, commandId },
  };
}

function versionMismatch(stream: StreamRef, expectedVersion: number, currentVersion: number) {
  return new PreconditionFailedException({
    code: `${codePrefixOf(stream.streamType)}.VERSION_MISMATCH`,
    message: `The ${stream.streamType} is at version ${currentVersion}, not ${expectedVersion} (If-Match): reload it and decide again`,
    expectedVersion,
    currentVersion,
  });
}

function concurrentUpdate(stream: StreamRef) {
  return new ConflictException({
    code: `${codePrefixOf(stream.streamType)}.CONCURRENT_UPDATE`,
    message: `The ${stream.streamType} kept changing while this request was decided; try again`,
  });
}
