import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { OrganisationChanged } from '#libs/shared-kernel';
import { ORGANISATION } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { SetUnionFederationCommand } from './set-union-federation.command.js';

@CommandHandler(SetUnionFederationCommand)
export class SetUnionFederationHandler implements ICommandHandler<SetUnionFederationCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, name, federation }: SetUnionFederationCommand): Promise<OrganisationChanged> {
    const organisationId = context.principal.tenantId;
    const { version } = await this.runner.for(ORGANISATION).run(context, organisationId, {
      permission: 'organisation.manage',
      build: ({ at }) => ({ type: 'SetUnionFederation', data: { organisationId, name, federation, at } }),
    });
    return { organisationId, version };
  }
}
