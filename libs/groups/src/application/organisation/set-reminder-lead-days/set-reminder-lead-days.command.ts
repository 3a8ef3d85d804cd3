import { Command } from '@nestjs/cqrs';
import type { CommandContext, OrganisationChanged } from '#libs/shared-kernel';

/** How many days before a follow-up's due date its reminder goes out, for the whole organisation (1–60). */
export class SetReminderLeadDaysCommand extends Command<OrganisationChanged> {
  constructor(
    readonly context: CommandContext,
    readonly leadDays: number,
  ) {
    super();
  }
}
