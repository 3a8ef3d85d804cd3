import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { followUpDecider } from '../../../domain/follow-up/index.js';
import { meetingDate, type MeetingState, recordsOf } from '../../../domain/meeting/index.js';
import { Clock, instantNow } from '../../shared/clock.js';
import { type CommandContext, followOnContext } from '../../shared/command-context.js';
import { CommandExecutor } from '../../shared/command-executor.js';
import { newIdFor } from '../../shared/derived-id.js';
import { followUpStream } from '../../shared/streams.js';
import { MeetingCommandRunner } from '../meeting-command-runner.js';
import { AssignFollowUpDateCommand, type FollowUpDateAssigned } from './assign-follow-up-date.command.js';

/**
 * Two streams, two appends: FollowUpDateAssigned on the meeting, then FollowUpOpened on the
 * follow-up's own stream (reminders and HR follow it there). The second append carries the
 * request's key plus a suffix, so a retry after a failure in between opens it exactly once.
 */
@CommandHandler(AssignFollowUpDateCommand)
export class AssignFollowUpDateHandler implements ICommandHandler<AssignFollowUpDateCommand> {
  constructor(
    private readonly meetings: MeetingCommandRunner,
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  async execute({
    context,
    meetingId,
    assignment,
  }: AssignFollowUpDateCommand): Promise<FollowUpDateAssigned> {
    const { tenantId } = context.principal;
    const followUpId = assignment.followUpId ?? newIdFor(tenantId, context.idempotencyKey, 'follow-up');
    const { version, state } = await this.meetings.run(context, meetingId, (_, at) => ({
      type: 'AssignFollowUpDate',
      data: { ...assignment, meetingId, followUpId, at },
    }));
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
    const { version } = await this.executor.execute({
      stream: followUpStream(context.principal.tenantId, followUpId),
      decider: followUpDecider,
      context: followOnContext(context, 'open-follow-up'),
      createsStream: true,
      command: () => ({
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
          at: instantNow(this.clock),
        },
      }),
    });
    return version;
  }
}
