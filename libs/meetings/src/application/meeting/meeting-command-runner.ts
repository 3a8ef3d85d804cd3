import { Injectable } from '@nestjs/common';
import {
  type MeetingCommand,
  type MeetingCommandOf,
  type MeetingCommandType,
  meetingDecider,
  type MeetingEvent,
  type MeetingState,
} from '../../domain/meeting/index.js';
import type { GroupState } from '../../domain/group/index.js';
import type { AccessFacts, Permission } from '../access/access-policy.js';
import { requirePermission } from '../access/access.js';
import { groupOf } from '../access/group-of.js';
import { Clock, instantNow } from '../shared/clock.js';
import type { CommandContext } from '../shared/command-context.js';
import { CommandExecutor, type Executed } from '../shared/command-executor.js';
import { StreamReader } from '../shared/stream-reader.js';
import { meetingStream } from '../shared/streams.js';

/** What every meeting command answers: the meeting and its new version (the ETag). */
export interface MeetingChanged {
  meetingId: string;
  version: number;
}

/** A meeting command's own fields: the runner adds the meeting id and the time. */
export type MeetingPayload<T extends MeetingCommandType> = Omit<
  MeetingCommandOf<T>['data'],
  'meetingId' | 'at'
>;

/**
 * Runs a command on an existing meeting: authorizes it against the meeting's group (read in the
 * same attempt as the meeting, so a retry re-checks), stamps the time, and executes it.
 */
@Injectable()
export class MeetingCommandRunner {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: StreamReader,
    private readonly clock: Clock,
  ) {}

  /**
   * `requestFacts`: what the request itself tells the policy (the party a protokollsanteckning is
   * for); the group and the meeting are read here. `build` gets the group too, for commands that
   * take the caller's party from their membership.
   */
  async run(
    context: CommandContext,
    meetingId: string,
    build: (meeting: MeetingState, at: string, group: GroupState | undefined) => MeetingCommand,
    permission: Permission = 'meeting.run',
    requestFacts: Pick<AccessFacts, 'party'> = {},
  ): Promise<Executed<MeetingEvent, MeetingState>> {
    const { principal } = context;
    return this.executor.execute({
      stream: meetingStream(principal.tenantId, meetingId),
      decider: meetingDecider,
      context,
      command: async ({ state }) => {
        const group = await groupOf(this.reader, principal.tenantId, state.groupId);
        requirePermission(principal, permission, { ...requestFacts, group, meeting: state });
        return build(state, instantNow(this.clock), group);
      },
    });
  }

  /** The common case: the payload as sent, plus meeting id and time. */
  async runPayload<T extends MeetingCommandType>(
    context: CommandContext,
    meetingId: string,
    type: T,
    payload: MeetingPayload<T>,
  ): Promise<MeetingChanged> {
    const { version } = await this.run(
      context,
      meetingId,
      (_, at) => ({ type, data: { ...payload, meetingId, at } }) as MeetingCommand,
    );
    return { meetingId, version };
  }
}
