import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { GroupChanged } from '#libs/shared-kernel';
import { GROUP } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { SetMeetingLeadershipCommand } from './set-meeting-leadership.command.js';

@CommandHandler(SetMeetingLeadershipCommand)
export class SetMeetingLeadershipHandler implements ICommandHandler<SetMeetingLeadershipCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, groupId, leadership }: SetMeetingLeadershipCommand): Promise<GroupChanged> {
    const { version } = await this.runner.for(GROUP).run(context, groupId, {
      permission: 'group.manage',
      build: ({ at }) => ({ type: 'SetMeetingLeadership', data: { groupId, ...leadership, at } }),
    });
    return { groupId, version };
  }
}
