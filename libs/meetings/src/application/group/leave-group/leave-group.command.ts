import { Command } from '@nestjs/cqrs';
import type { IsoDate } from '../../../domain/shared/index.js';
import type { CommandContext } from '../../shared/command-context.js';
import type { GroupChanged } from '../../shared/changed.js';

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
