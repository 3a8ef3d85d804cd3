import { Command } from '@nestjs/cqrs';
import type { CommandContext, GroupChanged } from '#libs/shared-kernel';
import type { GroupDefinition } from '../../../domain/group/index.js';

export type { GroupDefinition } from '../../../domain/group/index.js';

/** Creates a samverkansgrupp (CSG, FSG, VSG/LSG, APT or a combination such as FSG/VSG) in a unit. */
export class CreateGroupCommand extends Command<GroupChanged> {
  constructor(
    readonly context: CommandContext,
    readonly group: GroupDefinition,
  ) {
    super();
  }
}
