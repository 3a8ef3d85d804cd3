import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import { FOLLOW_UP, followUpDecider } from '#libs/follow-ups';
import { CommandRunner } from '#libs/groups';
import { type CommandContext, followUpStream, newIdFor } from '#libs/shared-kernel';
import { meetingCommand, meetingDate, type MeetingState, recordsOf } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { AssignFollowUpDateCommand, type FollowUpDateAssigned } from './assign-follow-up-date.command.js';

/**
 * FollowUpDateAssigned on the meeting and FollowUpOpened on the follow-up's own stream (where
 * reminders, carry-over and HR follow it) are appended in one transaction: a follow-up date is
 * never recorded without its follow-up, whatever fails or crashes.
 */
@CommandHandler(AssignFollowUpDateCommand)
export class AssignFollowUpDateHandler implements ICommandHandler<AssignFollowUpDateCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly reader: StreamReader,
  ) {}

  async execute({
    context,
    meetingId,
    assignment,
  }: AssignFollowUpDateCommand): Promise<FollowUpDateAssigned> {
    const followUpId = assignment.followUpId ?? newIdFor(context, 'follow-up');
    const { version, alongside } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.run',
      build: ({ at }) => meetingCommand('AssignFollowUpDate', meetingId, at, { ...assignment, followUpId }),
      alongside: async ({ state }) => [
        await this.openFollowUp(context, state, assignment.itemId, followUpId),
      ],
    });
    // A replay appended nothing: the follow-up was opened by the first request.
    const followUpVersion =
      alongside[0]?.version ??
      (await this.reader.load(followUpStream(context.principal.tenantId, followUpId), followUpDecider))
        .version;
    return { meetingId, version, followUpId, followUpVersion };
  }

  /** Opened from what the meeting recorded (trimmed, validated), not from the request. */
  private openFollowUp(context: CommandContext, meeting: MeetingState, itemId: string, followUpId: string) {
    const records = recordsOf(meeting, itemId);
    const assigned = records.followUps.find((followUp) => followUp.followUpId === followUpId);
    if (assigned === undefined) throw new Error(`follow-up ${followUpId} is not recorded on item ${itemId}`);
    return this.runner.for(FOLLOW_UP).decide(context, followUpId, {
      createsStream: true,
      build: ({ at }) => ({
        type: 'OpenFollowUp' as const,
        data: {
          followUpId,
          groupId: meeting.groupId as string,
          origin: {
            meetingId: meeting.meetingId as string,
            itemId,
            meetingDate: meetingDate(meeting) as string,
          },
          action: assigned.action,
          responsible: assigned.responsible,
          dueDate: assigned.dueDate,
          ...(records.confidential === undefined ? {} : { confidential: true }),
          at,
        },
      }),
    });
  }
}
