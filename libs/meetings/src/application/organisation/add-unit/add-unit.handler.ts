import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { definedOnly } from '../../../domain/shared/index.js';
import { newIdFor } from '../../shared/derived-id.js';
import { OrganisationCommandRunner } from '../organisation-command-runner.js';
import { AddUnitCommand, type UnitAdded } from './add-unit.command.js';

@CommandHandler(AddUnitCommand)
export class AddUnitHandler implements ICommandHandler<AddUnitCommand> {
  constructor(private readonly organisation: OrganisationCommandRunner) {}

  async execute({ context, unit }: AddUnitCommand): Promise<UnitAdded> {
    const unitId = unit.unitId ?? newIdFor(context.principal.tenantId, context.idempotencyKey, 'unit');
    const changed = await this.organisation.run(context, (organisationId, at) => ({
      type: 'AddUnit',
      data: definedOnly({ organisationId, unitId, name: unit.name, parentUnitId: unit.parentUnitId, at }),
    }));
    return { ...changed, unitId };
  }
}
