import { Command } from '@nestjs/cqrs';
import type { CommandContext, GroupChanged, ProtocolForm } from '#libs/shared-kernel';

/**
 * The form the group's protocols follow: its own (replacing the one it follows, its level's default
 * until then), or null to follow its level's default again.
 */
export class SetProtocolFormCommand extends Command<GroupChanged> {
  constructor(
    readonly context: CommandContext,
    readonly groupId: string,
    readonly form: ProtocolForm | null,
  ) {
    super();
  }
}
