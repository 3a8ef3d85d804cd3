import type { IsoDate } from '#libs/shared-kernel';
import type { OverviewFilter } from '../../domain/index.js';

/**
 * Who reads the overview: HR and admins every group (`groupIds` null), anyone else the groups they
 * are an active member of. `memberOf` are the groups whose confidential follow-ups the reader sees
 * in full (seesConfidentialItems: active members only, so never HR as such).
 */
export interface OverviewScope {
  groupIds: readonly string[] | null;
  memberOf: readonly string[];
}

/** The conditions over `rm_follow_up_overview f` and their values; $1 is the tenant. */
export interface WhereClause {
  conditions: string[];
  values: unknown[];
  /** Adds a value, returning its placeholder. */
  add(value: unknown): string;
  /** Today's placeholder, as a date (added when first asked for: PostgreSQL refuses an unused one). */
  today(): string;
}

export const whereSql = (clause: WhereClause): string => clause.conditions.join(' AND ');

export function overviewWhere(
  tenantId: string,
  filter: OverviewFilter,
  scope: OverviewScope,
  today: IsoDate,
): WhereClause {
  const values: unknown[] = [tenantId];
  const add = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  let todayPlaceholder: string | undefined;
  const todayParam = () => (todayPlaceholder ??= `${add(today)}::date`);
  const where = ['f.tenant_id = $1'];
  if (scope.groupIds !== null) where.push(`f.group_id = ANY(${add(scope.groupIds)}::text[])`);
  if (filter.forvaltningId) where.push(`f.forvaltning_id = ${add(filter.forvaltningId)}`);
  if (filter.groupId) where.push(`f.group_id = ${add(filter.groupId)}`);
  // The level as the groups that have it: the group index then finds their rows, where a test of
  // f.levels would read every row the other conditions leave.
  if (filter.level) {
    where.push(
      `f.group_id = ANY(ARRAY(SELECT group_id FROM rm_follow_up_overview_groups
                               WHERE tenant_id = $1 AND ${add(filter.level)} = ANY(levels)))`,
    );
  }
  if (filter.organisation) where.push(`f.responsible_organisation = ${add(filter.organisation)}`);
  if (filter.responsibleId) where.push(`f.responsible_id = ${add(filter.responsibleId)}`);
  if (filter.dueFrom) where.push(`f.due_date >= ${add(filter.dueFrom)}::date`);
  if (filter.dueTo) where.push(`f.due_date <= ${add(filter.dueTo)}::date`);
  switch (filter.status ?? 'all') {
    case 'all':
      break;
    case 'open':
      where.push('f.status_rank = 0');
      break;
    case 'overdue':
      where.push(`f.status_rank = 0 AND f.due_date < ${todayParam()}`);
      break;
    case 'completed':
      where.push('f.status_rank = 1');
      break;
    case 'cancelled':
      where.push('f.status_rank = 2');
      break;
  }
  return { conditions: where, values, add, today: todayParam };
}
