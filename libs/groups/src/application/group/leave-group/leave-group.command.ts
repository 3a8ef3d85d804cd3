import { Command } from '@nestjs/cqrs';
import type { IsoDate, CommandContext, GroupChanged } from '#libs/shared-kernel';

/** A member leaves the group; their membership stays in the history. */
export class LeaveGroupCommand extends Command<GroupChanged> {
  constructor(
    readonly context: CommandContext,
    readonly groupId: string,
    readonly personId: string,
    readonly leftOn: IsoDate,
  ) {
    super();
  }
}
