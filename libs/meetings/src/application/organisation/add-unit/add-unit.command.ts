import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { OrganisationChanged } from '../../shared/changed.js';

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
