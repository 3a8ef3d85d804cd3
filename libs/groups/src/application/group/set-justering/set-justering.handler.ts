import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { GroupChanged } from '#libs/shared-kernel';
import { GROUP } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { SetJusteringCommand } from './set-justering.command.js';

@CommandHandler(SetJusteringCommand)
export class SetJusteringHandler implements ICommandHandler<SetJusteringCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, groupId, justering }: SetJusteringCommand): Promise<GroupChanged> {
    const { version } = await this.runner.for(GROUP).run(context, groupId, {
      permission: 'group.manage',
      build: ({ at }) => ({ type: 'SetJustering', data: { groupId, justering, at } }),
    });
    return { groupId, version };
  }
}
