import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import type { GroupChanged } from '#libs/shared-kernel';
import { organisationStream } from '#libs/shared-kernel';
import { organisationDecider } from '../../../domain/organisation/index.js';
import { GROUP } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { JoinGroupCommand } from './join-group.command.js';

@CommandHandler(JoinGroupCommand)
export class JoinGroupHandler implements ICommandHandler<JoinGroupCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly reader: StreamReader,
  ) {}

  async execute({ context, groupId, membership }: JoinGroupCommand): Promise<GroupChanged> {
    const { version } = await this.runner.for(GROUP).run(context, groupId, {
      permission: 'group.manage',
      // The built command carries the organisation's union list as read now; the key matches what was sent.
      request: { type: 'JoinGroup', groupId, membership },
      build: async ({ at }) => {
        // The decider checks a union party against the organisation's list, read here.
        const { state } = await this.reader.load(
          organisationStream(context.principal.tenantId),
          organisationDecider,
        );
        return {
          type: 'JoinGroup',
          data: { groupId, ...membership, unionOrganisations: state.unionOrganisations, at },
        };
      },
    });
    return { groupId, version };
  }
}
