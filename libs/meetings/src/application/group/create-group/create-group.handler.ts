import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '#libs/ddd';
import { groupDecider } from '../../../domain/group/index.js';
import { organisationDecider, organisationError } from '../../../domain/organisation/index.js';
import { newIdFor } from '../../shared/derived-id.js';
import { StreamReader } from '../../shared/stream-reader.js';
import { groupStream, organisationStream } from '../../shared/streams.js';
import { type GroupChanged, GroupCommandRunner } from '../group-command-runner.js';
import { CreateGroupCommand } from './create-group.command.js';

@CommandHandler(CreateGroupCommand)
export class CreateGroupHandler implements ICommandHandler<CreateGroupCommand> {
  constructor(
    private readonly groups: GroupCommandRunner,
    private readonly reader: StreamReader,
  ) {}

  async execute({ context, group }: CreateGroupCommand): Promise<GroupChanged> {
    const { tenantId } = context.principal;
    const groupId = newIdFor(tenantId, context.idempotencyKey, 'group');
    return this.groups.run(
      context,
      groupId,
      async (_, at) => {
        // The group decider knows nothing of other streams: the unit and parent are checked here.
        await this.requireUnit(tenantId, group.unitId);
        if (group.parentGroupId !== undefined) await this.requireGroup(tenantId, group.parentGroupId);
        return {
          type: 'CreateGroup',
          data: { ...group, groupId, organisationId: tenantId, at },
        };
      },
      true,
    );
  }

  private async requireUnit(tenantId: string, unitId: string): Promise<void> {
    const { state } = await this.reader.load(organisationStream(tenantId), organisationDecider);
    if (!state.created) throw organisationError.notCreated();
    if (!state.units.some((unit) => unit.unitId === unitId)) {
      throw new DomainError('GROUP.UNKNOWN_UNIT', `There is no unit ${unitId} in the organisation`, {
        unitId,
      });
    }
  }

  private async requireGroup(tenantId: string, parentGroupId: string): Promise<void> {
    const { version } = await this.reader.load(groupStream(tenantId, parentGroupId), groupDecider);
    if (version === 0) {
      throw new DomainError('GROUP.UNKNOWN_PARENT_GROUP', `There is no group ${parentGroupId}`, {
        parentGroupId,
      });
    }
  }
}
