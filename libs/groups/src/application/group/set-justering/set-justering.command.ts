import { Command } from '@nestjs/cqrs';
import type { CommandContext, GroupChanged } from '#libs/shared-kernel';
import type { JusteringSetting } from '../../../domain/group/index.js';

/** How the group's protocols are justerade from its next scheduled meeting on (an APT: off or employer). */
export class SetJusteringCommand extends Command<GroupChanged> {
  constructor(
    readonly context: CommandContext,
    readonly groupId: string,
    readonly justering: JusteringSetting,
  ) {
    super();
  }
}
