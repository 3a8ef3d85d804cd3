import { Command } from '@nestjs/cqrs';
import type { CommandContext, OrganisationChanged } from '#libs/shared-kernel';

/**
 * One of the organisation's day settings, for all its groups: `reminderLeadDays`, how many days before
 * a follow-up's due date its reminder goes out (REMINDER_LEAD_DAYS), or `justeringDays`, the days from
 * a justering request to its last date when the request names none (JUSTERING_DAYS).
 */
export type DaySetting = 'reminderLeadDays' | 'justeringDays';

export class SetDaySettingCommand extends Command<OrganisationChanged> {
  constructor(
    readonly context: CommandContext,
    readonly setting: DaySetting,
    readonly days: number,
  ) {
    super();
  }
}
