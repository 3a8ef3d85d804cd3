import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { FollowUpChanged } from '../../shared/changed.js';

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
