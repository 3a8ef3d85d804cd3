import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isAllowed } from '../../access/access-policy.js';
import { groupView, type GroupView } from '../get-group/group-view.js';
import type { Principal } from '#libs/identity';
import { GroupDirectory, type ListedGroup } from '../group-directory.js';
import { ListGroupsQuery } from './list-groups.query.js';

@QueryHandler(ListGroupsQuery)
export class ListGroupsHandler implements IQueryHandler<ListGroupsQuery> {
  constructor(private readonly directory: GroupDirectory) {}

  async execute({ principal }: ListGroupsQuery): Promise<GroupView[]> {
    const groups = await this.readable(principal);
    return groups
      .filter(({ state }) => isAllowed(principal, 'group.read', { group: state }))
      .map(({ state, version }) => groupView(state, version))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  /**
   * The groups the caller may read, or more: admins, HR and employees (who read published records,
   * see readsPublishedRecordsOf) get every group of the tenant; anyone else only the groups they
   * sit in, looked up by person in the memberships read model, not every group's state.
   */
  private readable(principal: Principal): Promise<ListedGroup[]> {
    const { tenantId, roles, units = [] } = principal;
    if (roles.includes('admin') || roles.includes('hr') || units.length > 0) {
      return this.directory.groups(tenantId);
    }
    return this.directory.groupsOfMember(tenantId, principal.accountId);
  }
}
