import { Command } from '@nestjs/cqrs';
import type { IsoDate } from '../../../domain/shared/index.js';
import type { CommandContext } from '../../shared/command-context.js';
import type { FollowUpChanged } from '../../shared/changed.js';

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
