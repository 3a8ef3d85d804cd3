import { Command } from '@nestjs/cqrs';
import type { CommandContext, Federation, OrganisationChanged } from '#libs/shared-kernel';

/** Puts a union organisation on the tenant's list (Kommunal, Vision, Akademikerförbundet SSR …). */
export class AddUnionOrganisationCommand extends Command<OrganisationChanged> {
  constructor(
    readonly context: CommandContext,
    readonly name: string,
    readonly federation?: Federation,
  ) {
    super();
  }
}
