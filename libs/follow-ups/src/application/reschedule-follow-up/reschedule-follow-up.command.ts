import { Command } from '@nestjs/cqrs';
import type { IsoDate, CommandContext, FollowUpChanged } from '#libs/shared-kernel';

/** Moves the due date, with the reason; reminders start a new series for the new date. */
export class RescheduleFollowUpCommand extends Command<FollowUpChanged> {
  constructor(
    readonly context: CommandContext,
    readonly followUpId: string,
    readonly change: { newDueDate: IsoDate; reason: string },
  ) {
    super();
  }
}
