import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { OrganisationChanged } from '#libs/shared-kernel';
import { ORGANISATION } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { CreateOrganisationCommand } from './create-organisation.command.js';

@CommandHandler(CreateOrganisationCommand)
export class CreateOrganisationHandler implements ICommandHandler<CreateOrganisationCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, name }: CreateOrganisationCommand): Promise<OrganisationChanged> {
    // The organisation id is the tenant id: one organisation stream per tenant.
    const organisationId = context.principal.tenantId;
    const { version } = await this.runner.for(ORGANISATION).run(context, organisationId, {
      permission: 'organisation.manage',
      createsStream: true,
      build: ({ at }) => ({ type: 'CreateOrganisation', data: { organisationId, name, at } }),
    });
    return { organisationId, version };
  }
}
