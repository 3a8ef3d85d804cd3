import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { GroupDirectory } from '#libs/groups';
import { stockholmDate, Clock, instantNow } from '#libs/shared-kernel';
import { type FollowUpRow, listFollowUps } from '../../projections/follow-ups/follow-ups.query.js';
import { type OmittedContent, withoutConfidentialContent } from '../confidential-follow-ups.js';
import { ListFollowUpsQuery } from './list-follow-ups.query.js';

@QueryHandler(ListFollowUpsQuery)
export class ListFollowUpsHandler implements IQueryHandler<ListFollowUpsQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: GroupDirectory,
    private readonly clock: Clock,
  ) {}

  async execute({ principal, filter }: ListFollowUpsQuery): Promise<Array<FollowUpRow & OmittedContent>> {
    const today = stockholmDate(instantNow(this.clock));
    const memberOf = new Set(await this.groupsOf(principal));
    // HR sees every group's follow-ups; anyone else their groups' and those they are responsible for.
    const visibleTo = principal.roles.includes('hr')
      ? undefined
      : { groupIds: [...memberOf], personId: principal.accountId };
    const rows = await listFollowUps(
      this.dataSource.manager,
      principal.tenantId,
      { ...filter, visibleTo },
      today,
    );
    // Of those, confidential content only for the group's active members (seesConfidentialItems).
    return rows.map((row) => withoutConfidentialContent(row, memberOf.has(row.groupId)));
  }

  /**
   * The groups the caller is an active member of (as seesConfidentialItems asks): from the
   * memberships read model by person, a group folded only when its stream is ahead of its row.
   */
  private groupsOf(principal: ListFollowUpsQuery['principal']): Promise<string[]> {
    return this.directory.groupIdsOfMember(principal.tenantId, principal.accountId);
  }
}
