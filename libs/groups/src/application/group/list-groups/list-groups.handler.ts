import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { GroupView } from '../get-group/group-view.js';
import type { Principal } from '#libs/identity';
import { GroupDirectory, type ListedGroup } from '../group-directory.js';
import { bySwedishName, readableBy, readableViews, viewOf } from '../readable-groups.js';
import { type GroupListPage, ListGroupsQuery } from './list-groups.query.js';

@QueryHandler(ListGroupsQuery)
export class ListGroupsHandler implements IQueryHandler<ListGroupsQuery> {
  constructor(private readonly directory: GroupDirectory) {}

  async execute({ principal, page }: ListGroupsQuery): Promise<GroupView[]> {
    if (page !== undefined) return (await this.page(principal, page)).map(viewOf);
    return readableViews(principal, await this.readable(principal)).sort(bySwedishName);
  }

  /** A page of what readable gives, of those the caller may read (the others are read past). */
  private page(principal: Principal, { after, limit }: GroupListPage): Promise<ListedGroup[]> {
    return this.directory.groupsPage(principal.tenantId, {
      after,
      limit,
      memberId: readsEveryGroup(principal) ? undefined : principal.accountId,
      keep: (group) => readableBy(principal, group),
    });
  }

  /**
   * The groups the caller may read, or more: admins, HR and employees (who read published records,
   * see readsPublishedRecordsOf) get every group of the tenant; anyone else only the groups they
   * sit in, looked up by person in the memberships read model, not every group's state.
   */
  private readable(principal: Principal): Promise<ListedGroup[]> {
    if (readsEveryGroup(principal)) return this.directory.groups(principal.tenantId);
    return this.directory.groupsOfMember(principal.tenantId, principal.accountId);
  }
}

/** Whether the caller's list is drawn from every group of the tenant (then filtered by access). */
function readsEveryGroup({ roles, units = [] }: Principal): boolean {
  return roles.includes('admin') || roles.includes('hr') || units.length > 0;
}
