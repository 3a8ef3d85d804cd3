import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#libs/shared-kernel';
import type { GroupLevel } from '#libs/groups';
import type { OpenedFollowUpStatus, OverviewFilter, OverviewKey, OverviewSort } from '../../domain/index.js';
import { type OverviewScope, overviewWhere, type WhereClause, whereSql } from './overview-where.js';

type Db = Pick<EntityManager, 'query'>;

export interface OverviewRow {
  followUpId: string;
  group: { groupId: string; name: string; levels: GroupLevel[] };
  /** The top-level unit of the group's unit; null when the group's unit is not known. */
  forvaltning: { unitId: string; name: string } | null;
  origin: { meetingId: string; itemId: string; meetingDate: IsoDate; paragraph: number | null };
  /** Empty when left out (confidential, the reader no member of the group: see `omitted`). */
  action: string;
  /** `organisation`: `employer`, a union organisation, or null when the group's membership does not say. */
  responsible: { personId: string; name: string; organisation: string | null };
  dueDate: IsoDate;
  status: OpenedFollowUpStatus;
  /** Open and past the due date: the days since, counted on today's Stockholm date. */
  daysOverdue: number | null;
  /** The Stockholm date it was completed. */
  completedOn: IsoDate | null;
  /** Completed on or before the due date in force then. */
  completedOnTime: boolean | null;
  closingReason: string | null;
  reports: number;
  reschedules: number;
  /** Events in its history since it was opened: reports, moves, the completion or cancellation. */
  historyCount: number;
  confidential: boolean;
  omitted?: true;
}

interface Row {
  follow_up_id: string;
  group_id: string;
  group_name: string | null;
  group_levels: GroupLevel[] | null;
  forvaltning_id: string | null;
  forvaltning_name: string | null;
  origin_meeting_id: string;
  origin_item_id: string;
  origin_meeting_date: string;
  origin_paragraph: number | null;
  action: string | null;
  responsible_id: string;
  responsible_name: string;
  responsible_organisation: string | null;
  due_date: string;
  status: OpenedFollowUpStatus;
  status_rank: number;
  days_overdue: number | null;
  completed_on: string | null;
  closing_reason: string | null;
  reports: number;
  reschedules: number;
  history_count: number;
  confidential: boolean;
  omitted: boolean;
}

/** Each order: its ORDER BY and the condition "after this key" in it. */
const ORDERS: Record<
  OverviewSort,
  { orderBy: string; after: (clause: WhereClause, key: OverviewKey) => string }
> = {
  due: {
    orderBy: 'f.status_rank, f.due_date, f.follow_up_id',
    after: (c, key) =>
      `(f.status_rank, f.due_date, f.follow_up_id) > (${c.add(key.statusRank)}::smallint, ${c.add(key.dueDate)}::date, ${c.add(key.followUpId)})`,
  },
  'due-desc': {
    orderBy: 'f.status_rank, f.due_date DESC, f.follow_up_id DESC',
    after: (c, key) => {
      const rank = c.add(key.statusRank);
      return `(f.status_rank > ${rank}::smallint OR (f.status_rank = ${rank}::smallint
                 AND (f.due_date, f.follow_up_id) < (${c.add(key.dueDate)}::date, ${c.add(key.followUpId)})))`;
    },
  },
  responsible: {
    orderBy: 'f.responsible_name, f.status_rank, f.due_date, f.follow_up_id',
    after: (c, key) =>
      `(f.responsible_name, f.status_rank, f.due_date, f.follow_up_id) > (${c.add(key.responsibleName ?? '')},
          ${c.add(key.statusRank)}::smallint, ${c.add(key.dueDate)}::date, ${c.add(key.followUpId)})`,
  },
};

export interface OverviewPageRequest {
  sort: OverviewSort;
  /** Continue after this row (the previous page's last); absent for the first page. */
  after?: OverviewKey;
  limit: number;
}

export interface OverviewPage {
  rows: OverviewRow[];
  /** The last row's key when more rows follow, else null. */
  next: OverviewKey | null;
}

/**
 * One page of the overview in keyset order: an index range scan from the key on, whatever the
 * page's depth. Confidential content is left out in the query itself (for everyone but the
 * group's active members), so no path that reads these rows (the page, the API, the CSV) can show it.
 */
export async function readOverviewPage(
  db: Db,
  tenantId: string,
  filter: OverviewFilter,
  scope: OverviewScope,
  today: IsoDate,
  request: OverviewPageRequest,
): Promise<OverviewPage> {
  const clause = overviewWhere(tenantId, filter, scope, today);
  const order = ORDERS[request.sort];
  if (request.after) clause.conditions.push(order.after(clause, request.after));
  const member = clause.add(scope.memberOf);
  const day = clause.today();
  const limit = clause.add(request.limit + 1);
  // to_char keeps dates as 'YYYY-MM-DD' text: pg would otherwise turn them into JS Dates at local midnight.
  // The page is cut in the inner query, on the index of its order, before the names are joined:
  // so the joins touch the page's rows only, whatever the planner believes of the tables.
  const rows: Row[] = await db.query(
    `SELECT f.follow_up_id, f.group_id, g.name AS group_name, g.levels AS group_levels, f.forvaltning_id,
            u.name AS forvaltning_name, f.origin_meeting_id, f.origin_item_id,
            to_char(f.origin_meeting_date, 'YYYY-MM-DD') AS origin_meeting_date, f.origin_paragraph,
            CASE WHEN f.omitted THEN NULL ELSE f.action END AS action,
            f.responsible_id, f.responsible_name, f.responsible_organisation,
            to_char(f.due_date, 'YYYY-MM-DD') AS due_date, f.status, f.status_rank,
            CASE WHEN f.status_rank = 0 AND f.due_date < ${day} THEN ${day} - f.due_date END AS days_overdue,
            to_char(f.completed_on, 'YYYY-MM-DD') AS completed_on,
            CASE WHEN f.omitted AND f.closing_reason IS NOT NULL THEN '' ELSE f.closing_reason END AS closing_reason,
            f.reports, f.reschedules, f.history_count, f.confidential, f.omitted
     FROM (
       SELECT f.*, f.confidential AND NOT (f.group_id = ANY(${member}::text[])) AS omitted
       FROM rm_follow_up_overview f
       WHERE ${whereSql(clause)}
       ORDER BY ${order.orderBy}
       LIMIT ${limit}
     ) f
     LEFT JOIN rm_follow_up_overview_groups g ON g.tenant_id = f.tenant_id AND g.group_id = f.group_id
     LEFT JOIN rm_follow_up_overview_units u ON u.tenant_id = f.tenant_id AND u.unit_id = f.forvaltning_id
     ORDER BY ${order.orderBy}`,
    clause.values,
  );
  const more = rows.length > request.limit;
  const page = more ? rows.slice(0, request.limit) : rows;
  const last = page[page.length - 1];
  return {
    rows: page.map(overviewRowOf),
    next:
      more && last
        ? {
            statusRank: last.status_rank,
            dueDate: last.due_date,
            followUpId: last.follow_up_id,
            ...(request.sort === 'responsible' ? { responsibleName: last.responsible_name } : {}),
          }
        : null,
  };
}

/** How many rows the filter matches (not the page): an index-only count on the same conditions. */
export async function countOverview(
  db: Db,
  tenantId: string,
  filter: OverviewFilter,
  scope: OverviewScope,
  today: IsoDate,
  /** Only the follow-ups due in these months (first days), when given. */
  months?: readonly IsoDate[],
): Promise<number> {
  const clause = overviewWhere(tenantId, filter, scope, today);
  if (months) clause.conditions.push(`f.due_month = ANY(${clause.add(months)}::date[])`);
  const rows: { count: string }[] = await db.query(
    `SELECT count(*) AS count FROM rm_follow_up_overview f WHERE ${whereSql(clause)}`,
    clause.values,
  );
  return Number(rows[0]?.count ?? 0);
}

function overviewRowOf(row: Row): OverviewRow {
  const omitted = row.omitted === true;
  return {
    followUpId: row.follow_up_id,
    group: { groupId: row.group_id, name: row.group_name ?? '', levels: row.group_levels ?? [] },
    forvaltning:
      row.forvaltning_id === null ? null : { unitId: row.forvaltning_id, name: row.forvaltning_name ?? '' },
    origin: {
      meetingId: row.origin_meeting_id,
      itemId: row.origin_item_id,
      meetingDate: row.origin_meeting_date,
      paragraph: row.origin_paragraph,
    },
    action: row.action ?? '',
    responsible: {
      personId: row.responsible_id,
      name: row.responsible_name,
      organisation: row.responsible_organisation,
    },
    dueDate: row.due_date,
    status: row.status,
    daysOverdue: row.days_overdue,
    completedOn: row.completed_on,
    completedOnTime: row.completed_on === null ? null : row.completed_on <= row.due_date,
    closingReason: row.closing_reason,
    reports: row.reports,
    reschedules: row.reschedules,
    historyCount: row.history_count,
    confidential: row.confidential,
    ...(omitted ? { omitted: true as const } : {}),
  };
}
