import { Injectable } from '@nestjs/common';
import {
  type AlongsideAppend,
  CommandLoop,
  type DomainEvent,
  type Executed,
  streamRef,
} from '#libs/event-store';
import type { IsoInstant } from '#libs/shared-kernel';
import { Clock, instantNow, type CommandContext, envelopeOf } from '#libs/shared-kernel';
import type { AccessFacts, Permission } from './access/access-policy.js';
import { requirePermission } from './access/access.js';
import { groupOf } from './access/group-of.js';
import type { Aggregate } from './aggregates.js';
import { GroupDirectory } from './group/group-directory.js';

/**
 * For the further stream a request writes after its main one (the new meeting when scheduling,
 * the follow-up a follow-up date opens): the request was authorized on its main stream, and the
 * new stream has no facts yet to authorize against.
 */
export const AUTHORIZED_ON_MAIN_STREAM = 'authorized-on-main-stream';

/** What a command is built from, on every attempt: the state it is decided against and the time. */
export interface Attempt<S> {
  state: S;
  at: IsoInstant;
  /** What the access policy decided on (the group of a meeting or follow-up, and the request's facts). */
  facts: AccessFacts;
}

export interface CommandRun<C, S, E = DomainEvent> {
  permission: Permission | typeof AUTHORIZED_ON_MAIN_STREAM;
  /** What the request itself tells the policy (the party a protokollsanteckning is for). */
  requestFacts?: Pick<AccessFacts, 'party'>;
  /** Only commands that create their stream may find it empty. */
  createsStream?: boolean;
  /**
   * What the request asked for, when `build` also puts in values it read from the state or other
   * streams: the Idempotency-Key is matched against this instead (see StreamCommand.request).
   */
  request?: unknown;
  build: (attempt: Attempt<S>) => C | Promise<C>;
  /**
   * What the command also records on other streams in the same transaction, from the state it
   * leaves and the events it decided (build each with `runner.for(OTHER).decide`): both or neither.
   */
  alongside?: (decided: { state: S; events: E[] }) => Promise<AlongsideAppend[]>;
}

/**
 * The one way a use case runs a command on an aggregate: `runner.for(MEETING).run(…)`. In each
 * attempt of the store's command loop it reads the facts the access policy needs (so a retry
 * re-checks), authorizes, stamps the time and builds the command; the loop decides and appends.
 */
@Injectable()
export class CommandRunner {
  constructor(
    private readonly loop: CommandLoop,
    private readonly directory: GroupDirectory,
    private readonly clock: Clock,
  ) {}

  /**
   * The runner of one aggregate. A step of its own so that `build` is checked against the
   * aggregate's concrete command type (a generic one would widen `type: 'AddUnit'` to string).
   */
  for<C, E extends DomainEvent, S>(aggregate: Aggregate<C, E, S>): AggregateRunner<C, E, S> {
    return {
      decide: (context, id, { createsStream, build }) =>
        this.loop.decideOn(
          streamRef(aggregate.streamType, context.principal.tenantId, id),
          aggregate.decider,
          ({ state }) => build({ state, at: instantNow(this.clock) }),
          { createsStream, snapshots: aggregate.snapshots },
        ),
      run: (context, id, { permission, requestFacts = {}, createsStream, request, build, alongside }) => {
        const { principal } = context;
        const groupLookup = (groupId: string | undefined) =>
          groupOf(this.directory, principal.tenantId, groupId);
        return this.loop.execute({
          stream: streamRef(aggregate.streamType, principal.tenantId, id),
          decider: aggregate.decider,
          snapshots: aggregate.snapshots,
          envelope: envelopeOf(context),
          createsStream,
          request,
          alongside,
          command: async ({ state }) => {
            const facts = { ...requestFacts, ...(await aggregate.accessFacts(state, groupLookup)) };
            if (permission !== AUTHORIZED_ON_MAIN_STREAM) requirePermission(principal, permission, facts);
            return build({ state, at: instantNow(this.clock), facts });
          },
        });
      },
    };
  }
}

export interface AggregateRunner<C, E extends DomainEvent, S> {
  /** Runs a command on the aggregate with this id, in the caller's tenant. */
  run(context: CommandContext, id: string, command: CommandRun<C, S, E>): Promise<Executed<E, S>>;
  /**
   * Decides a command on this aggregate for another command's `alongside`: authorized by that
   * command (on its own stream), appended in its transaction, expecting the version read now.
   */
  decide(
    context: CommandContext,
    id: string,
    command: { createsStream?: boolean; build: (attempt: Omit<Attempt<S>, 'facts'>) => C },
  ): Promise<AlongsideAppend & { state: S }>;
}
