import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import { definedOnly, newIdFor, groupStream, organisationStream } from '#libs/shared-kernel';
import type { GroupChanged } from '#libs/shared-kernel';
import { groupDecider, groupError, type GroupLevel } from '../../../domain/group/index.js';
import { organisationDecider, organisationError } from '../../../domain/organisation/index.js';
import { GROUP } from '../../aggregates.js';
import { CommandRunner } from '../../command-runner.js';
import { CreateGroupCommand } from './create-group.command.js';

@CommandHandler(CreateGroupCommand)
export class CreateGroupHandler implements ICommandHandler<CreateGroupCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly reader: StreamReader,
  ) {}

  async execute({ context, group }: CreateGroupCommand): Promise<GroupChanged> {
    const { tenantId } = context.principal;
    const groupId = newIdFor(context, 'group');
    const { version } = await this.runner.for(GROUP).run(context, groupId, {
      permission: 'group.manage',
      createsStream: true,
      build: async ({ at }) => {
        // The group decider knows nothing of other streams: the unit and parent are checked here.
        await this.requireUnit(tenantId, group.unitId);
        const parentLevels =
          group.parentGroupId === undefined
            ? undefined
            : await this.parentLevels(tenantId, group.parentGroupId);
        return {
          type: 'CreateGroup',
          data: definedOnly({ ...group, parentLevels, groupId, organisationId: tenantId, at }),
        };
      },
    });
    return { groupId, version };
  }

  private async requireUnit(tenantId: string, unitId: string): Promise<void> {
    const { state } = await this.reader.load(organisationStream(tenantId), organisationDecider);
    if (!state.created) throw organisationError.notCreated();
    if (!state.units.some((unit) => unit.unitId === unitId)) {
      throw groupError.unknownUnit(unitId);
    }
  }

  /** The parent must exist; its levels go to the decider, which checks that it sits higher. */
  private async parentLevels(tenantId: string, parentGroupId: string): Promise<GroupLevel[]> {
    const { state, version } = await this.reader.load(groupStream(tenantId, parentGroupId), groupDecider);
    if (version === 0) {
      throw groupError.unknownParentGroup(parentGroupId);
    }
    return state.levels;
  }
}
