import { Command } from '@nestjs/cqrs';
import type { CommandContext, Federation, OrganisationChanged } from '#libs/shared-kernel';

/** Puts a listed union organisation in a federation (Saco, TCO, LO), or with null in none. */
export class SetUnionFederationCommand extends Command<OrganisationChanged> {
  constructor(
    readonly context: CommandContext,
    readonly name: string,
    readonly federation: Federation | null,
  ) {
    super();
  }
}
