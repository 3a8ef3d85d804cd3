import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { StreamReader } from '#libs/event-store';
import { activeMembership, GroupDirectory, groupDecider, requirePermission } from '#libs/groups';
import { groupStream } from '#libs/shared-kernel';
import { escalationOverview, type EscalationOverview } from '../../domain/index.js';
import { findGroupCarryOver } from '../../projections/carry-over/carry-over.query.js';
import { GroupEscalationsQuery } from './group-escalations.query.js';

/**
 * Reads the group's carry-over and its parent's (two rows of the carry-over read model; no stream
 * is folded but the group's, when its row lags): what came in, what went up and is not yet taken
 * up, the answers on their way back and the negotiations pending.
 */
@QueryHandler(GroupEscalationsQuery)
export class GroupEscalationsHandler implements IQueryHandler<GroupEscalationsQuery> {
  constructor(
    private readonly directory: GroupDirectory,
    private readonly dataSource: DataSource,
    private readonly reader: StreamReader,
  ) {}

  async execute({ principal, groupId }: GroupEscalationsQuery): Promise<EscalationOverview> {
    const { tenantId } = principal;
    const [listed] = await this.directory.groupsById(tenantId, [groupId]);
    // The store's own not-found error for a group without a stream.
    const group =
      listed?.state ?? (await this.reader.loadExisting(groupStream(tenantId, groupId), groupDecider)).state;
    requirePermission(principal, 'group.read', { group });
    const db = this.dataSource.manager;
    const [own, parent] = await Promise.all([
      findGroupCarryOver(db, tenantId, groupId),
      group.parentGroupId ? findGroupCarryOver(db, tenantId, group.parentGroupId) : undefined,
    ]);
    const member = activeMembership(group, principal.accountId) !== undefined;
    return escalationOverview(groupId, own, parent, member);
  }
}
