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
import { type OverviewScope, overviewWhere, whereSql } from './overview-where.js';

type Db = Pick<EntityManager, 'query'>;

/**
 * The overview's counts for the filter, per förvaltning and month of the due date, in one pass
 * over the matching rows (the application sums them into totals, per förvaltning, per month and
 * the ageing buckets). Overdue and its age are reckoned from `today`, a Stockholm date.
 */
export async function readOverviewFigureCells(
  db: Db,
  tenantId: string,
  filter: OverviewFilter,
  scope: OverviewScope,
  today: IsoDate,
  /** Only the follow-ups due in these months (first days), when given. */
  months?: readonly IsoDate[],
): Promise<FigureCell[]> {
  const clause = overviewWhere(tenantId, filter, scope, today);
  if (months) clause.conditions.push(`f.due_month = ANY(${clause.add(months)}::date[])`);
  const day = clause.today();
  const rows: Record<string, string | null>[] = await db.query(
    `SELECT f.forvaltning_id, to_char(f.due_month, 'YYYY-MM') AS month,
            count(*) FILTER (WHERE f.status_rank = 0) AS open,
            count(*) FILTER (WHERE f.status_rank = 0 AND f.due_date < ${day}) AS overdue,
            count(*) FILTER (WHERE f.status_rank = 1 AND f.completed_on <= f.due_date) AS on_time,
            count(*) FILTER (WHERE f.status_rank = 1 AND f.completed_on > f.due_date) AS late,
            count(*) FILTER (WHERE f.status_rank = 2) AS cancelled,
            count(*) FILTER (WHERE f.status_rank = 0 AND f.due_date < ${day}
                                 AND f.due_date >= ${day} - 30) AS overdue_0_30,
            count(*) FILTER (WHERE f.status_rank = 0 AND f.due_date < ${day} - 30
                                 AND f.due_date >= ${day} - 90) AS overdue_31_90,
            count(*) FILTER (WHERE f.status_rank = 0 AND f.due_date < ${day} - 90) AS overdue_over_90
     FROM rm_follow_up_overview f
     WHERE ${whereSql(clause)}
     GROUP BY f.forvaltning_id, f.due_month`,
    clause.values,
  );
  return rows.map((row) => ({
    forvaltningId: row.forvaltning_id ?? null,
    month: row.month ?? '',
    open: Number(row.open),
    overdue: Number(row.overdue),
    completedOnTime: Number(row.on_time),
    completedLate: Number(row.late),
    cancelled: Number(row.cancelled),
    overdue0to30: Number(row.overdue_0_30),
    overdue31to90: Number(row.overdue_31_90),
    overdueOver90: Number(row.overdue_over_90),
  }));
}

/**
 * The same cells as readOverviewFigureCells for the whole organisation (no group, person or reader
 * restriction), read mostly from rm_follow_up_overview_month_counts: the counts of every month that
 * no day limit cuts (monthsByDay), plus those months counted from the follow-ups themselves.
 */
export async function readOverviewFigureCellsByMonth(
  db: Db,
  tenantId: string,
  filter: Omit<OverviewFilter, 'groupId' | 'responsibleId'>,
  today: IsoDate,
): Promise<FigureCell[]> {
  const byDay = monthsByDay(today, filter);
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
  const [counted, dayCounted] = await Promise.all([
    db.query(
      `SELECT nullif(c.forvaltning_id, '') AS forvaltning_id, to_char(c.due_month, 'YYYY-MM-DD') AS month,
              c.status_rank, c.on_time, sum(c.n)::integer AS n
       FROM rm_follow_up_overview_month_counts c
       WHERE ${where.join(' AND ')}
       GROUP BY c.forvaltning_id, c.due_month, c.status_rank, c.on_time
       HAVING sum(c.n) > 0`,
      values,
    ) as Promise<
      { forvaltning_id: string | null; month: string; status_rank: number; on_time: boolean; n: number }[]
    >,
    byDay.length === 0
      ? Promise.resolve([])
      : readOverviewFigureCells(db, tenantId, filter, { groupIds: null, memberOf: [] }, today, byDay),
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
