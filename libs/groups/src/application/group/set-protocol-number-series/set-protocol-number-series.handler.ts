import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { GroupChanged } from '#libs/shared-kernel';
import { GROUP } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { SetProtocolNumberSeriesCommand } from './set-protocol-number-series.command.js';

@CommandHandler(SetProtocolNumberSeriesCommand)
export class SetProtocolNumberSeriesHandler implements ICommandHandler<SetProtocolNumberSeriesCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, groupId, year, series }: SetProtocolNumberSeriesCommand): Promise<GroupChanged> {
    const { firstNumber, format } = series;
    const { version } = await this.runner.for(GROUP).run(context, groupId, {
      // A setting of the group, like its protocol form: the organisation's admin keeps it.
      permission: 'group.manage',
      build: ({ at }) => ({
        type: 'SetProtocolNumberSeries',
        data: { groupId, year, firstNumber, format, at },
      }),
    });
    return { groupId, version };
  }
}
