import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#libs/shared-kernel';
import type { FigureCell, OverviewFilter } from '../../domain/index.js';
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
