import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { GroupView } from '../get-group/group-view.js';
import { GroupDirectory } from '../group-directory.js';
import { readableViews } from '../readable-groups.js';
import { ListGroupsByIdQuery } from './list-groups-by-id.query.js';

@QueryHandler(ListGroupsByIdQuery)
export class ListGroupsByIdHandler implements IQueryHandler<ListGroupsByIdQuery> {
  constructor(private readonly directory: GroupDirectory) {}

  async execute({ principal, groupIds }: ListGroupsByIdQuery): Promise<GroupView[]> {
    return readableViews(principal, await this.directory.groupsById(principal.tenantId, groupIds));
  }
}
