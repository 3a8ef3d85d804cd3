import { Command } from '@nestjs/cqrs';
import type { CommandContext, FollowUpChanged } from '#libs/shared-kernel';
import type { FollowUpRescheduling } from '../../domain/index.js';

/** Moves the due date, with the reason; reminders start a new series for the new date. */
export class RescheduleFollowUpCommand extends Command<FollowUpChanged> {
  constructor(
    readonly context: CommandContext,
    readonly followUpId: string,
    readonly change: FollowUpRescheduling,
  ) {
    super();
  }
}
