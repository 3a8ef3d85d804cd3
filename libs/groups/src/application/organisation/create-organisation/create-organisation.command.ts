import { Command } from '@nestjs/cqrs';
import type { CommandContext, OrganisationChanged } from '#libs/shared-kernel';

/** Creates the caller's organisation (the tenant) with its name. */
export class CreateOrganisationCommand extends Command<OrganisationChanged> {
  constructor(
    readonly context: CommandContext,
    readonly name: string,
  ) {
    super();
  }
}
