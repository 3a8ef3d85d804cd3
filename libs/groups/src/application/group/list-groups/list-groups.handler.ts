import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isAllowed } from '../../access/access-policy.js';
import { groupView, type GroupView } from '../get-group/group-view.js';
import { GroupDirectory } from '../group-directory.js';
import { ListGroupsQuery } from './list-groups.query.js';

@QueryHandler(ListGroupsQuery)
export class ListGroupsHandler implements IQueryHandler<ListGroupsQuery> {
  constructor(private readonly directory: GroupDirectory) {}

  async execute({ principal }: ListGroupsQuery): Promise<GroupView[]> {
    const groups = await this.directory.groups(principal.tenantId);
    return groups
      .filter(({ state }) => isAllowed(principal, 'group.read', { group: state }))
      .map(({ state, version }) => groupView(state, version))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }
}
