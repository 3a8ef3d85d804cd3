import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { OrganisationChanged } from '#libs/shared-kernel';
import { ORGANISATION } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { SetReminderLeadDaysCommand } from './set-reminder-lead-days.command.js';

@CommandHandler(SetReminderLeadDaysCommand)
export class SetReminderLeadDaysHandler implements ICommandHandler<SetReminderLeadDaysCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, leadDays }: SetReminderLeadDaysCommand): Promise<OrganisationChanged> {
    const organisationId = context.principal.tenantId;
    const { version } = await this.runner.for(ORGANISATION).run(context, organisationId, {
      permission: 'organisation.manage',
      build: ({ at }) => ({ type: 'SetReminderLeadDays', data: { organisationId, leadDays, at } }),
    });
    return { organisationId, version };
  }
}
