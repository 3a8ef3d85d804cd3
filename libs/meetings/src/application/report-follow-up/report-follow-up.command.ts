import { Command } from '@nestjs/cqrs';
import type { CommandContext, FollowUpChanged } from '#libs/shared-kernel';

export interface FollowUpReportInput {
  /** The meeting it was reported back in (återrapportering), of the follow-up's own group. */
  meetingId: string;
  itemId?: string;
  text: string;
}

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
