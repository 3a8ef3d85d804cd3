import { Command } from '@nestjs/cqrs';
import type { CommandContext, FollowUpChanged } from '#libs/shared-kernel';

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
