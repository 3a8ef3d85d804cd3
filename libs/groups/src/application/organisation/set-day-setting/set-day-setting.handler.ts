import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { IsoInstant, OrganisationChanged } from '#libs/shared-kernel';
import type { OrganisationCommand } from '../../../domain/organisation/index.js';
import { ORGANISATION } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { type DaySetting, SetDaySettingCommand } from './set-day-setting.command.js';

const commandFor = (
  setting: DaySetting,
  organisationId: string,
  days: number,
  at: IsoInstant,
): OrganisationCommand =>
  setting === 'reminderLeadDays'
    ? { type: 'SetReminderLeadDays', data: { organisationId, leadDays: days, at } }
    : { type: 'SetJusteringDays', data: { organisationId, days, at } };

@CommandHandler(SetDaySettingCommand)
export class SetDaySettingHandler implements ICommandHandler<SetDaySettingCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, setting, days }: SetDaySettingCommand): Promise<OrganisationChanged> {
    const organisationId = context.principal.tenantId;
    const { version } = await this.runner.for(ORGANISATION).run(context, organisationId, {
      permission: 'organisation.manage',
      build: ({ at }) => commandFor(setting, organisationId, days, at),
    });
    return { organisationId, version };
  }
}
