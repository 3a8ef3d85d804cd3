import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type OrganisationChanged, OrganisationCommandRunner } from '../organisation-command-runner.js';
import { AddUnionOrganisationCommand } from './add-union-organisation.command.js';

@CommandHandler(AddUnionOrganisationCommand)
export class AddUnionOrganisationHandler implements ICommandHandler<AddUnionOrganisationCommand> {
  constructor(private readonly organisation: OrganisationCommandRunner) {}

  execute({ context, name }: AddUnionOrganisationCommand): Promise<OrganisationChanged> {
    return this.organisation.run(context, (organisationId, at) => ({
      type: 'AddUnionOrganisation',
      data: { organisationId, name, at },
    }));
  }
}
