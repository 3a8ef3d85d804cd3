import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { FOLLOW_UP } from '#libs/follow-ups';
import { AUTHORIZED_ON_MAIN_STREAM, CommandRunner } from '#libs/groups';
import { type CommandContext, followOnContext, newIdFor } from '#libs/shared-kernel';
import { meetingCommand, meetingDate, type MeetingState, recordsOf } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { AssignFollowUpDateCommand, type FollowUpDateAssigned } from './assign-follow-up-date.command.js';

/**
 * Two streams, two appends: FollowUpDateAssigned on the meeting, then FollowUpOpened on the
 * follow-up's own stream (reminders and HR follow it there). The second append carries the
 * request's key plus a suffix, so a retry after a failure in between opens it exactly once.
 */
@CommandHandler(AssignFollowUpDateCommand)
export class AssignFollowUpDateHandler implements ICommandHandler<AssignFollowUpDateCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({
    context,
    meetingId,
    assignment,
  }: AssignFollowUpDateCommand): Promise<FollowUpDateAssigned> {
    const followUpId = assignment.followUpId ?? newIdFor(context, 'follow-up');
    const { version, state } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.run',
      build: ({ at }) => meetingCommand('AssignFollowUpDate', meetingId, at, { ...assignment, followUpId }),
    });
    const followUpVersion = await this.openFollowUp(context, state, assignment.itemId, followUpId);
    return { meetingId, version, followUpId, followUpVersion };
  }

  private async openFollowUp(
    context: CommandContext,
    meeting: MeetingState,
    itemId: string,
    followUpId: string,
  ) {
    // Opened from what the meeting recorded (trimmed, validated), not from the request.
    const assigned = recordsOf(meeting, itemId).followUps.find(
      (followUp) => followUp.followUpId === followUpId,
    );
    if (assigned === undefined) throw new Error(`follow-up ${followUpId} is not recorded on item ${itemId}`);
    const { version } = await this.runner
      .for(FOLLOW_UP)
      .run(followOnContext(context, 'open-follow-up'), followUpId, {
        permission: AUTHORIZED_ON_MAIN_STREAM,
        createsStream: true,
        // Built from what the meeting recorded, which may change later; the request is this one.
        request: { type: 'OpenFollowUp', meetingId: meeting.meetingId, itemId, followUpId },
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
            at,
          },
        }),
      });
    return version;
  }
}
