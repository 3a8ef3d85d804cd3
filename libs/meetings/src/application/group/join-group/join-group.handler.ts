import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { organisationDecider } from '../../../domain/organisation/index.js';
import { StreamReader } from '../../shared/stream-reader.js';
import { organisationStream } from '../../shared/streams.js';
import { type GroupChanged, GroupCommandRunner } from '../group-command-runner.js';
import { JoinGroupCommand } from './join-group.command.js';

@CommandHandler(JoinGroupCommand)
export class JoinGroupHandler implements ICommandHandler<JoinGroupCommand> {
  constructor(
    private readonly groups: GroupCommandRunner,
    private readonly reader: StreamReader,
  ) {}

  execute({ context, groupId, membership }: JoinGroupCommand): Promise<GroupChanged> {
    return this.groups.run(context, groupId, async (_, at) => {
      const { state } = await this.reader.load(
        organisationStream(context.principal.tenantId),
        organisationDecider,
      );
      return {
        type: 'JoinGroup',
        data: { groupId, ...membership, unionOrganisations: state.unionOrganisations, at },
      };
    });
  }
}
