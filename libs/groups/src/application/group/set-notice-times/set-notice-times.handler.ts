import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { GroupChanged } from '#libs/shared-kernel';
import { GROUP } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { SetNoticeTimesCommand } from './set-notice-times.command.js';

@CommandHandler(SetNoticeTimesCommand)
export class SetNoticeTimesHandler implements ICommandHandler<SetNoticeTimesCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, groupId, noticeTimes }: SetNoticeTimesCommand): Promise<GroupChanged> {
    const { kallelseDays, agendaDays } = noticeTimes;
    const { version } = await this.runner.for(GROUP).run(context, groupId, {
      permission: 'group.manage',
      build: ({ at }) => ({ type: 'SetNoticeTimes', data: { groupId, kallelseDays, agendaDays, at } }),
    });
    return { groupId, version };
  }
}
