import { Command } from '@nestjs/cqrs';
import type { CommandContext, GroupChanged } from '#libs/shared-kernel';
import type { FederationJustering } from '../../../domain/group/index.js';

/** Whether the unions justera the group's protocols by federation, from its next scheduled meeting on. */
export class SetFederationJusteringCommand extends Command<GroupChanged> {
  constructor(
    readonly context: CommandContext,
    readonly groupId: string,
    readonly setting: FederationJustering,
  ) {
    super();
  }
}
