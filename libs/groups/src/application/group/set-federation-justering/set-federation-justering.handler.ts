import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { GroupChanged } from '#libs/shared-kernel';
import { GROUP } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { SetFederationJusteringCommand } from './set-federation-justering.command.js';

@CommandHandler(SetFederationJusteringCommand)
export class SetFederationJusteringHandler implements ICommandHandler<SetFederationJusteringCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, groupId, setting }: SetFederationJusteringCommand): Promise<GroupChanged> {
    const { version } = await this.runner.for(GROUP).run(context, groupId, {
      permission: 'group.manage',
      build: ({ at }) => ({ type: 'SetFederationJustering', data: { groupId, ...setting, at } }),
    });
    return { groupId, version };
  }
}
