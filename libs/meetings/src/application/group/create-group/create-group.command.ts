import { Command } from '@nestjs/cqrs';
import type { GroupLevel } from '../../../domain/group/index.js';
import type { CommandContext } from '../../shared/command-context.js';
import type { GroupChanged } from '../../shared/changed.js';

export interface GroupDefinition {
  name: string;
  levels: GroupLevel[];
  unitId: string;
  parentGroupId?: string;
  actsAsSkyddskommitte: boolean;
}

/** Creates a samverkansgrupp (CSG, FSG, VSG/LSG, APT or a combination such as FSG/VSG) in a unit. */
export class CreateGroupCommand extends Command<GroupChanged> {
  constructor(
    readonly context: CommandContext,
    readonly group: GroupDefinition,
  ) {
    super();
  }
}
