import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type OrganisationChanged, OrganisationCommandRunner } from '../organisation-command-runner.js';
import { CreateOrganisationCommand } from './create-organisation.command.js';

@CommandHandler(CreateOrganisationCommand)
export class CreateOrganisationHandler implements ICommandHandler<CreateOrganisationCommand> {
  constructor(private readonly organisation: OrganisationCommandRunner) {}

  execute({ context, name }: CreateOrganisationCommand): Promise<OrganisationChanged> {
    return this.organisation.run(
      context,
      (organisationId, at) => ({ type: 'CreateOrganisation', data: { organisationId, name, at } }),
      true,
    );
  }
}
