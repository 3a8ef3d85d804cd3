import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type OrganisationChanged, OrganisationCommandRunner } from '../organisation-command-runner.js';
import { RemoveUnionOrganisationCommand } from './remove-union-organisation.command.js';

@CommandHandler(RemoveUnionOrganisationCommand)
export class RemoveUnionOrganisationHandler implements ICommandHandler<RemoveUnionOrganisationCommand> {
  constructor(private readonly organisation: OrganisationCommandRunner) {}

  execute({ context, name }: RemoveUnionOrganisationCommand): Promise<OrganisationChanged> {
    return this.organisation.run(context, (organisationId, at) => ({
      type: 'RemoveUnionOrganisation',
      data: { organisationId, name, at },
    }));
  }
}
