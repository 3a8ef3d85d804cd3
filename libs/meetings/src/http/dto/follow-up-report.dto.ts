import { Id, Text } from '#libs/shared-kernel';
import type { FollowUpReportInput } from '../../application/report-follow-up/report-follow-up.command.js';

/** Återrapportering: reporting back on a follow-up in a meeting of its group. */
export class ReportFollowUpDto implements FollowUpReportInput {
  @Id({ description: "The meeting it is reported back in (of the follow-up's group)" })
  meetingId!: string;

  @Id({ optional: true, description: 'The agenda item it was reported under' })
  itemId?: string;

  @Text(undefined, { example: 'Enkäten är utvärderad; svarsfrekvensen var 64 %.' })
  text!: string;
}
