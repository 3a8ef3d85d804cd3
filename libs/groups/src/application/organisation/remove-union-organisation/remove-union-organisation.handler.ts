import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { OrganisationChanged } from '#libs/shared-kernel';
import { ORGANISATION } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { RemoveUnionOrganisationCommand } from './remove-union-organisation.command.js';

@CommandHandler(RemoveUnionOrganisationCommand)
export class RemoveUnionOrganisationHandler implements ICommandHandler<RemoveUnionOrganisationCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, name }: RemoveUnionOrganisationCommand): Promise<OrganisationChanged> {
    const organisationId = context.principal.tenantId;
    const { version } = await this.runner.for(ORGANISATION).run(context, organisationId, {
      permission: 'organisation.manage',
      build: ({ at }) => ({ type: 'RemoveUnionOrganisation', data: { organisationId, name, at } }),
    });
    return { organisationId, version };
  }
}
