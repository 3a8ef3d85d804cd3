import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { definedOnly, type OrganisationChanged } from '#libs/shared-kernel';
import { ORGANISATION } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { AddUnionOrganisationCommand } from './add-union-organisation.command.js';

@CommandHandler(AddUnionOrganisationCommand)
export class AddUnionOrganisationHandler implements ICommandHandler<AddUnionOrganisationCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, name, federation }: AddUnionOrganisationCommand): Promise<OrganisationChanged> {
    const organisationId = context.principal.tenantId;
    const { version } = await this.runner.for(ORGANISATION).run(context, organisationId, {
      permission: 'organisation.manage',
      build: ({ at }) => ({
        type: 'AddUnionOrganisation',
        data: definedOnly({ organisationId, name, federation, at }),
      }),
    });
    return { organisationId, version };
  }
}
