import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import { groupStream } from '#libs/shared-kernel';
import { groupDecider } from '../../../domain/group/index.js';
import { isAllowed } from '../../access/access-policy.js';
import { groupView, type GroupView } from '../get-group/group-view.js';
import { ListGroupsQuery } from './list-groups.query.js';

@QueryHandler(ListGroupsQuery)
export class ListGroupsHandler implements IQueryHandler<ListGroupsQuery> {
  constructor(private readonly reader: StreamReader) {}

  async execute({ principal }: ListGroupsQuery): Promise<GroupView[]> {
    const ids = await this.reader.streamIds(principal.tenantId, 'group');
    const groups = await Promise.all(
      ids.map((id) => this.reader.load(groupStream(principal.tenantId, id), groupDecider)),
    );
    return groups
      .filter(({ state }) => isAllowed(principal, 'group.read', { group: state }))
      .map(({ state, version }) => groupView(state, version))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }
}
