import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { GroupView } from '../get-group/group-view.js';
import { GroupDirectory } from '../group-directory.js';
import { bySwedishName, readableViews } from '../readable-groups.js';
import { ListMyGroupsQuery } from './list-my-groups.query.js';

@QueryHandler(ListMyGroupsQuery)
export class ListMyGroupsHandler implements IQueryHandler<ListMyGroupsQuery> {
  constructor(private readonly directory: GroupDirectory) {}

  async execute({ principal }: ListMyGroupsQuery): Promise<GroupView[]> {
    const groups = await this.directory.groupsOfMember(principal.tenantId, principal.accountId);
    return readableViews(principal, groups).sort(bySwedishName);
  }
}
