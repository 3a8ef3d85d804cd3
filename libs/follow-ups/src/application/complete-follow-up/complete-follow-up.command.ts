import { Command } from '@nestjs/cqrs';
import type { CommandContext, FollowUpChanged } from '#libs/shared-kernel';

/** The action is done: the follow-up is completed (with an optional note). Completing again is harmless. */
export class CompleteFollowUpCommand extends Command<FollowUpChanged> {
  constructor(
    readonly context: CommandContext,
    readonly followUpId: string,
    readonly note?: string,
  ) {
    super();
  }
}
