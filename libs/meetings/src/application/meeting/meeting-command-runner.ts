import { Injectable } from '@nestjs/common';
import {
  type MeetingCommand,
  type MeetingCommandOf,
  type MeetingCommandType,
  meetingDecider,
  type MeetingEvent,
  type MeetingState,
} from '../../domain/meeting/index.js';
import type { Permission } from '../access/access-policy.js';
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

  async run(
    context: CommandContext,
    meetingId: string,
    build: (meeting: MeetingState, at: string) => MeetingCommand,
    permission: Permission = 'meeting.run',
  ): Promise<Executed<MeetingEvent, MeetingState>> {
    const { principal } = context;
    return this.executor.execute({
      stream: meetingStream(principal.tenantId, meetingId),
      decider: meetingDecider,
      context,
      command: async ({ state }) => {
        const group = await groupOf(this.reader, principal.tenantId, state.groupId);
        requirePermission(principal, permission, { group, meeting: state });
        return build(state, instantNow(this.clock));
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
