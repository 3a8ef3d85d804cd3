import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { definedOnly, newIdFor } from '#libs/shared-kernel';
import { ORGANISATION } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { AddUnitCommand, type UnitAdded } from './add-unit.command.js';

@CommandHandler(AddUnitCommand)
export class AddUnitHandler implements ICommandHandler<AddUnitCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, unit }: AddUnitCommand): Promise<UnitAdded> {
    const organisationId = context.principal.tenantId;
    const unitId = unit.unitId ?? newIdFor(context, 'unit');
    const { version } = await this.runner.for(ORGANISATION).run(context, organisationId, {
      permission: 'organisation.manage',
      build: ({ at }) => ({
        type: 'AddUnit',
        data: definedOnly({ organisationId, unitId, name: unit.name, parentUnitId: unit.parentUnitId, at }),
      }),
    });
    return { organisationId, version, unitId };
  }
}
