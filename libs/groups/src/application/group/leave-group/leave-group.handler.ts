import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { GroupChanged } from '#libs/shared-kernel';
import { GROUP } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { LeaveGroupCommand } from './leave-group.command.js';

@CommandHandler(LeaveGroupCommand)
export class LeaveGroupHandler implements ICommandHandler<LeaveGroupCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, groupId, personId, leftOn }: LeaveGroupCommand): Promise<GroupChanged> {
    const { version } = await this.runner.for(GROUP).run(context, groupId, {
      permission: 'group.manage',
      build: ({ at }) => ({ type: 'LeaveGroup', data: { groupId, personId, leftOn, at } }),
    });
    return { groupId, version };
  }
}
