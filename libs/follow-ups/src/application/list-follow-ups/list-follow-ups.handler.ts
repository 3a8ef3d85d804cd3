import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { StreamReader } from '#libs/event-store';
import { groupDecider, memberRole } from '#libs/groups';
import { stockholmDate, Clock, instantNow, groupStream } from '#libs/shared-kernel';
import { type FollowUpRow, listFollowUps } from '../../projections/follow-ups/follow-ups.query.js';
import { ListFollowUpsQuery } from './list-follow-ups.query.js';

@QueryHandler(ListFollowUpsQuery)
export class ListFollowUpsHandler implements IQueryHandler<ListFollowUpsQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: StreamReader,
    private readonly clock: Clock,
  ) {}

  async execute({ principal, filter }: ListFollowUpsQuery): Promise<FollowUpRow[]> {
    const today = stockholmDate(instantNow(this.clock));
    if (principal.roles.includes('hr')) {
      return listFollowUps(this.dataSource.manager, principal.tenantId, filter, today);
    }
    const visibleTo = { groupIds: await this.groupsOf(principal), personId: principal.accountId };
    return listFollowUps(this.dataSource.manager, principal.tenantId, { ...filter, visibleTo }, today);
  }

  /** The groups the caller is an active member of (folded for now, like the group list). */
  private async groupsOf(principal: ListFollowUpsQuery['principal']): Promise<string[]> {
    const ids = await this.reader.streamIds(principal.tenantId, 'group');
    const groups = await Promise.all(
      ids.map((id) => this.reader.load(groupStream(principal.tenantId, id), groupDecider)),
    );
    return ids.filter((_, index) => memberRole(principal, groups[index].state) !== undefined);
  }
}
