import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type GroupChanged, GroupCommandRunner } from '../group-command-runner.js';
import { LeaveGroupCommand } from './leave-group.command.js';

@CommandHandler(LeaveGroupCommand)
export class LeaveGroupHandler implements ICommandHandler<LeaveGroupCommand> {
  constructor(private readonly groups: GroupCommandRunner) {}

  execute({ context, groupId, personId, leftOn }: LeaveGroupCommand): Promise<GroupChanged> {
    return this.groups.run(context, groupId, (_, at) => ({
      type: 'LeaveGroup',
      data: { groupId, personId, leftOn, at },
    }));
  }
}
