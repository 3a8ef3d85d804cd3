import { Command } from '@nestjs/cqrs';
import type { FollowUpReportFacts } from '#libs/follow-ups';
import type { CommandContext, FollowUpChanged } from '#libs/shared-kernel';

/** `meetingId`: the meeting it is reported back in (återrapportering), of the follow-up's own group. */
export type FollowUpReportInput = FollowUpReportFacts;

/** Reports back on the action in a meeting; the follow-up stays open until completed. */
export class ReportFollowUpCommand extends Command<FollowUpChanged> {
  constructor(
    readonly context: CommandContext,
    readonly followUpId: string,
    readonly report: FollowUpReportInput,
  ) {
    super();
  }
}
