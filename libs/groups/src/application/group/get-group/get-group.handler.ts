import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import { groupStream } from '#libs/shared-kernel';
import { groupDecider } from '../../../domain/group/index.js';
import { requirePermission } from '../../access/access.js';
import { GetGroupQuery } from './get-group.query.js';
import { groupView, type GroupView } from './group-view.js';

@QueryHandler(GetGroupQuery)
export class GetGroupHandler implements IQueryHandler<GetGroupQuery> {
  constructor(private readonly reader: StreamReader) {}

  async execute({ principal, groupId }: GetGroupQuery): Promise<GroupView> {
    const { state, version } = await this.reader.loadExisting(
      groupStream(principal.tenantId, groupId),
      groupDecider,
    );
    requirePermission(principal, 'group.read', { group: state });
    return groupView(state, version);
  }
}
