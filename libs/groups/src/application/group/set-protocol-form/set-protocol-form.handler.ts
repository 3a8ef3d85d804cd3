import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { GroupChanged } from '#libs/shared-kernel';
import { GROUP } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { SetProtocolFormCommand } from './set-protocol-form.command.js';

@CommandHandler(SetProtocolFormCommand)
export class SetProtocolFormHandler implements ICommandHandler<SetProtocolFormCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, groupId, form }: SetProtocolFormCommand): Promise<GroupChanged> {
    const { version } = await this.runner.for(GROUP).run(context, groupId, {
      permission: 'group.manage',
      build: ({ at }) =>
        form === null
          ? { type: 'ResetProtocolForm', data: { groupId, at } }
          : { type: 'SetProtocolForm', data: { groupId, form, at } },
    });
    return { groupId, version };
  }
}
