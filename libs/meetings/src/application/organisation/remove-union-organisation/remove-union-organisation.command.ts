import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { OrganisationChanged } from '../../shared/changed.js';

/** Takes a union organisation off the list; past meetings keep the name they recorded. */
export class RemoveUnionOrganisationCommand extends Command<OrganisationChanged> {
  constructor(
    readonly context: CommandContext,
    readonly name: string,
  ) {
    super();
  }
}
