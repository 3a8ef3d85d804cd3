import { Command } from '@nestjs/cqrs';
import type { CommandContext, GroupChanged, ProtocolForm } from '#libs/shared-kernel';

/** The group's own protocol form replaces the one it follows (its level's default until then). */
export class SetProtocolFormCommand extends Command<GroupChanged> {
  constructor(
    readonly context: CommandContext,
    readonly groupId: string,
    readonly form: ProtocolForm,
  ) {
    super();
  }
}
