import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { OrganisationChanged } from '../../shared/changed.js';

/** Puts a union organisation on the tenant's list (Kommunal, Vision, Akademikerförbundet SSR …). */
export class AddUnionOrganisationCommand extends Command<OrganisationChanged> {
  constructor(
    readonly context: CommandContext,
    readonly name: string,
  ) {
    super();
  }
}
