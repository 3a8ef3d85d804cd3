import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { activeMembership, GroupDirectory } from '#libs/groups';
import type { Principal } from '#libs/identity';
import { Clock, type IsoDate, instantNow, stockholmDate } from '#libs/shared-kernel';
import { followUpOverviewError, type OverviewFilter } from '../../domain/index.js';
import { type OverviewScope, unknownFilterValue } from '../../projections/follow-up-overview/index.js';

/** HR and admins read the whole organisation's overview; anyone else their own groups'. */
export const readsWholeOverview = (principal: Principal): boolean =>
  principal.roles.includes('hr') || principal.roles.includes('admin');

/**
 * Who reads what in the overview, and on which day. The groups a person is an active member of
 * decide both which rows a non-HR reader sees and whose confidential text anyone sees; they are
 * checked against the groups' streams (GroupDirectory, exact to the moment), the overview's own
 * membership table only naming the candidates, so a lagging read model can only hide text, never
 * show it to someone who just left.
 */
@Injectable()
export class OverviewReaders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: GroupDirectory,
    private readonly clock: Clock,
  ) {}

  /** Today in Europe/Stockholm, by the injected clock: what "overdue" and its days are counted from. */
  today(): IsoDate {
    return stockholmDate(instantNow(this.clock));
  }

  async scopeOf(principal: Principal): Promise<OverviewScope> {
    const memberOf = await this.memberGroupsOf(principal.tenantId, principal.accountId);
    return { groupIds: readsWholeOverview(principal) ? null : memberOf, memberOf };
  }

  /** The groups the person is an active member of now (memberRole, as seesConfidentialItems asks). */
  async memberGroupsOf(tenantId: string, personId: string): Promise<string[]> {
    const candidates: { group_id: string }[] = await this.dataSource.query(
      'SELECT DISTINCT group_id FROM rm_follow_up_overview_members WHERE tenant_id = $1 AND person_id = $2',
      [tenantId, personId],
    );
    if (candidates.length === 0) return [];
    const groups = await this.directory.groupsById(
      tenantId,
      candidates.map((row) => row.group_id),
    );
    return groups
      .filter(({ state }) => activeMembership(state, personId) !== undefined)
      .map(({ groupId }) => groupId);
  }

  /** A filter that names a förvaltning, group, organisation or person that does not exist is a 400. */
  async requireKnownValues(tenantId: string, filter: OverviewFilter): Promise<void> {
    if (filter.dueFrom && filter.dueTo && filter.dueFrom > filter.dueTo) {
      throw followUpOverviewError.invalidDueRange(filter.dueFrom, filter.dueTo);
    }
    if (!filter.forvaltningId && !filter.groupId && !filter.organisation && !filter.responsibleId) return;
    const unknown = await unknownFilterValue(this.dataSource.manager, tenantId, filter);
    if (unknown) throw followUpOverviewError.unknownFilterValue(unknown, String(filter[unknown]));
  }
}
