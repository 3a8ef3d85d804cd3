import { Command } from '@nestjs/cqrs';
import type { CommandContext, OrganisationChanged } from '#libs/shared-kernel';

export interface UnitAdded extends OrganisationChanged {
  unitId: string;
}

/** Adds a förvaltning (no parent) or a unit inside one. */
export class AddUnitCommand extends Command<UnitAdded> {
  constructor(
    readonly context: CommandContext,
    readonly unit: { unitId?: string; name: string; parentUnitId?: string },
  ) {
    super();
  }
}
