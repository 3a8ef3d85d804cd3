import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { FollowUpChanged } from '../../shared/changed.js';

/** Cancels the follow-up with a reason: open follow-ups are never deleted. */
export class CancelFollowUpCommand extends Command<FollowUpChanged> {
  constructor(
    readonly context: CommandContext,
    readonly followUpId: string,
    readonly reason: string,
  ) {
    super();
  }
}
