import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isAllowed } from '../../access/access-policy.js';
import { groupView, type GroupView } from '../get-group/group-view.js';
import { GroupDirectory } from '../group-directory.js';
import { ListMyGroupsQuery } from './list-my-groups.query.js';

@QueryHandler(ListMyGroupsQuery)
export class ListMyGroupsHandler implements IQueryHandler<ListMyGroupsQuery> {
  constructor(private readonly directory: GroupDirectory) {}

  async execute({ principal }: ListMyGroupsQuery): Promise<GroupView[]> {
    const groups = await this.directory.groupsOfMember(principal.tenantId, principal.accountId);
    return groups
      .filter(({ state }) => isAllowed(principal, 'group.read', { group: state }))
      .map(({ state, version }) => groupView(state, version))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }
}
