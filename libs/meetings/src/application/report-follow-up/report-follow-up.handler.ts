import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import { followUpError, type FollowUpState, FOLLOW_UP } from '#libs/follow-ups';
import { CommandRunner } from '#libs/groups';
import { definedOnly, meetingStream, personOf } from '#libs/shared-kernel';
import type { FollowUpChanged } from '#libs/shared-kernel';
import { findAgendaItem, meetingDecider, meetingError } from '../../domain/index.js';
import { type FollowUpReportInput, ReportFollowUpCommand } from './report-follow-up.command.js';

@CommandHandler(ReportFollowUpCommand)
export class ReportFollowUpHandler implements ICommandHandler<ReportFollowUpCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly reader: StreamReader,
  ) {}

  async execute({ context, followUpId, report }: ReportFollowUpCommand): Promise<FollowUpChanged> {
    const { version } = await this.runner.for(FOLLOW_UP).run(context, followUpId, {
      permission: 'follow-up.report',
      build: async ({ state, at }) => {
        await this.requireMeetingOfGroup(context.principal.tenantId, state, report);
        const by = personOf(context.principal);
        return { type: 'ReportFollowUp', data: definedOnly({ followUpId, ...report, by, at }) };
      },
    });
    return { followUpId, version };
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
      throw followUpError.meetingOfAnotherGroup(report.meetingId, followUp.groupId);
    }
    // A cancelled meeting was never held, so nothing can have been reported back in it.
    if (meeting.status === 'cancelled') throw meetingError.cancelled(meeting.cancellation?.reason);
    if (report.itemId !== undefined && findAgendaItem(meeting, report.itemId) === undefined) {
      throw meetingError.itemNotOnAgenda(report.itemId);
    }
  }
}
