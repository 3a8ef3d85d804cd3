import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#libs/shared-kernel';
import {
  cellsOfMonthCounts,
  type FigureCell,
  mergedCells,
  type MonthCount,
  monthOf,
  monthsByDay,
  type OverviewFilter,
} from '../../domain/index.js';
import { readOverviewFigureCells } from './overview-figures.query.js';
import { countOverview } from './overview-rows.query.js';
import type { OverviewScope } from './overview-where.js';

type Db = Pick<EntityManager, 'query'>;

/** A filter the month counts can answer: the whole organisation's, by no group or person. */
export type OrganisationFilter = Omit<OverviewFilter, 'groupId' | 'responsibleId'>;

const WHOLE_ORGANISATION = { groupIds: null, memberOf: [] } as const;

/**
 * The conditions over rm_follow_up_overview_month_counts `c` for a filter, leaving out the months
 * `byDay` (which the caller counts from the follow-ups): every month left is wholly inside or
 * outside each day limit, so the month's status is enough to say overdue, and its ends the range.
 */
function monthCountsWhere(tenantId: string, filter: OrganisationFilter, today: IsoDate, byDay: IsoDate[]) {
  const values: unknown[] = [tenantId, byDay];
  const add = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where = ['c.tenant_id = $1', 'c.due_month <> ALL($2::date[])'];
  if (filter.forvaltningId) where.push(`c.forvaltning_id = ${add(filter.forvaltningId)}`);
  if (filter.level) where.push(`${add(filter.level)} = ANY(c.levels)`);
  if (filter.organisation) where.push(`c.organisation = ${add(filter.organisation)}`);
  if (filter.dueFrom) where.push(`c.due_month > ${add(monthOf(filter.dueFrom))}::date`);
  if (filter.dueTo) where.push(`c.due_month < ${add(monthOf(filter.dueTo))}::date`);
  const rank = { all: null, open: 0, overdue: 0, completed: 1, cancelled: 2 }[filter.status ?? 'all'];
  if (rank !== null) where.push(`c.status_rank = ${rank}`);
  if (filter.status === 'overdue') where.push(`c.due_month < ${add(monthOf(today))}::date`);
  return { sql: where.join(' AND '), values };
}

/**
 * The same cells as readOverviewFigureCells for the whole organisation, mostly from the month
 * counts: every month that no day limit cuts (monthsByDay), plus those months counted from the
 * follow-ups themselves. A few thousand count rows and a few months of follow-ups, not all of them.
 */
export async function readOverviewFigureCellsByMonth(
  db: Db,
  tenantId: string,
  filter: OrganisationFilter,
  today: IsoDate,
): Promise<FigureCell[]> {
  const byDay = monthsByDay(today, filter);
  const where = monthCountsWhere(tenantId, filter, today, byDay);
  const [counted, dayCounted] = await Promise.all([
    db.query(
      `SELECT nullif(c.forvaltning_id, '') AS forvaltning_id, to_char(c.due_month, 'YYYY-MM-DD') AS month,
              c.status_rank, c.on_time, sum(c.n)::integer AS n
       FROM rm_follow_up_overview_month_counts c
       WHERE ${where.sql}
       GROUP BY c.forvaltning_id, c.due_month, c.status_rank, c.on_time
       HAVING sum(c.n) > 0`,
      where.values,
    ) as Promise<
      { forvaltning_id: string | null; month: string; status_rank: number; on_time: boolean; n: number }[]
    >,
    readOverviewFigureCells(db, tenantId, filter, WHOLE_ORGANISATION, today, byDay),
  ]);
  const months: MonthCount[] = counted.map((row) => ({
    forvaltningId: row.forvaltning_id,
    month: row.month,
    statusRank: row.status_rank,
    onTime: row.on_time,
    n: row.n,
  }));
  return mergedCells(cellsOfMonthCounts(months, today), dayCounted);
}

/**
 * How many follow-ups of the whole organisation a filter matches, as countOverview counts them:
 * the month counts, and only the months a day limit cuts (today's for the overdue, the range's
 * ends) from the follow-ups. The overview's total in a few milliseconds at any size.
 */
export async function countOverviewByMonth(
  db: Db,
  tenantId: string,
  filter: OrganisationFilter,
  today: IsoDate,
): Promise<number> {
  const byDay = [
    ...new Set(
      [filter.status === 'overdue' ? today : undefined, filter.dueFrom, filter.dueTo]
        .filter((date): date is IsoDate => date !== undefined)
        .map(monthOf),
    ),
  ];
  const where = monthCountsWhere(tenantId, filter, today, byDay);
  const [counted, dayCounted] = await Promise.all([
    db.query(
      `SELECT coalesce(sum(c.n), 0)::bigint AS n FROM rm_follow_up_overview_month_counts c WHERE ${where.sql}`,
      where.values,
    ) as Promise<{ n: string }[]>,
    byDay.length === 0
      ? Promise.resolve(0)
      : countOverview(db, tenantId, filter, WHOLE_ORGANISATION, today, byDay),
  ]);
  return Number(counted[0]?.n ?? 0) + dayCounted;
}

/** The total a filter matches for a reader: from the month counts when it is the whole organisation's. */
export function countOverviewFor(
  db: Db,
  tenantId: string,
  filter: OverviewFilter,
  scope: OverviewScope,
  today: IsoDate,
): Promise<number> {
  return scope.groupIds === null && !filter.groupId && !filter.responsibleId
    ? countOverviewByMonth(db, tenantId, filter, today)
    : countOverview(db, tenantId, filter, scope, today);
}
