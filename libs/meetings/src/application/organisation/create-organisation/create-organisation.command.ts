import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { OrganisationChanged } from '../../shared/changed.js';

/** Creates the caller's organisation (the tenant) with its name. */
export class CreateOrganisationCommand extends Command<OrganisationChanged> {
  constructor(
    readonly context: CommandContext,
    readonly name: string,
  ) {
    super();
  }
}
