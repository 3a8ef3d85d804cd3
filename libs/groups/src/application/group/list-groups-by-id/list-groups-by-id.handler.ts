import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isAllowed } from '../../access/access-policy.js';
import { groupView, type GroupView } from '../get-group/group-view.js';
import { GroupDirectory } from '../group-directory.js';
import { ListGroupsByIdQuery } from './list-groups-by-id.query.js';

@QueryHandler(ListGroupsByIdQuery)
export class ListGroupsByIdHandler implements IQueryHandler<ListGroupsByIdQuery> {
  constructor(private readonly directory: GroupDirectory) {}

  async execute({ principal, groupIds }: ListGroupsByIdQuery): Promise<GroupView[]> {
    const groups = await this.directory.groupsById(principal.tenantId, groupIds);
    return groups
      .filter(({ state }) => isAllowed(principal, 'group.read', { group: state }))
      .map(({ state, version }) => groupView(state, version));
  }
}
