import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '#libs/ddd';
import type { FollowUpState } from '../../../domain/follow-up/index.js';
import { findAgendaItem, meetingDecider, meetingError } from '../../../domain/meeting/index.js';
import { definedOnly } from '../../../domain/shared/index.js';
import { StreamReader } from '../../shared/stream-reader.js';
import { meetingStream } from '../../shared/streams.js';
import { type FollowUpChanged, FollowUpCommandRunner } from '../follow-up-command-runner.js';
import { type FollowUpReportInput, ReportFollowUpCommand } from './report-follow-up.command.js';

@CommandHandler(ReportFollowUpCommand)
export class ReportFollowUpHandler implements ICommandHandler<ReportFollowUpCommand> {
  constructor(
    private readonly followUps: FollowUpCommandRunner,
    private readonly reader: StreamReader,
  ) {}

  execute({ context, followUpId, report }: ReportFollowUpCommand): Promise<FollowUpChanged> {
    return this.followUps.run(context, followUpId, 'follow-up.report', async (followUp, at) => {
      await this.requireMeetingOfGroup(context.principal.tenantId, followUp, report);
      return { type: 'ReportFollowUp', data: definedOnly({ followUpId, ...report, at }) };
    });
  }

  /** The follow-up decider cannot see meetings: that the report names a real one of the group is checked here. */
  private async requireMeetingOfGroup(
    tenantId: string,
    followUp: FollowUpState,
    report: FollowUpReportInput,
  ) {
    const { state: meeting } = await this.reader.loadExisting(
      meetingStream(tenantId, report.meetingId),
      meetingDecider,
    );
    if (followUp.groupId !== undefined && meeting.groupId !== followUp.groupId) {
      throw new DomainError(
        'FOLLOW_UP.MEETING_OF_ANOTHER_GROUP',
        'A follow-up is reported back in a meeting of its own group',
        { meetingId: report.meetingId, groupId: followUp.groupId },
      );
    }
    // A cancelled meeting was never held, so nothing can have been reported back in it.
    if (meeting.status === 'cancelled') throw meetingError.cancelled(meeting.cancellation?.reason);
    if (report.itemId !== undefined && findAgendaItem(meeting, report.itemId) === undefined) {
      throw meetingError.itemNotOnAgenda(report.itemId);
    }
  }
}
