import { Command } from '@nestjs/cqrs';
import type { CommandContext, OrganisationChanged } from '#libs/shared-kernel';

/** Takes a union organisation off the list; past meetings keep the name they recorded. */
export class RemoveUnionOrganisationCommand extends Command<OrganisationChanged> {
  constructor(
    readonly context: CommandContext,
    readonly name: string,
  ) {
    super();
  }
}
