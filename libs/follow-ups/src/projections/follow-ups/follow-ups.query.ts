import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#libs/shared-kernel';
import type { FollowUpListStatus, OpenedFollowUpStatus } from '../../domain/index.js';

export interface FollowUpFilter {
  status?: FollowUpListStatus;
  groupIds?: readonly string[];
  responsibleId?: string;
  originMeetingId?: string;
  /** Due on or before this date (e.g. the next meeting's date, for the kallelse). */
  dueOnOrBefore?: IsoDate;
  /** Only open follow-ups whose due date has passed `today`. */
  overdue?: boolean;
  /** What a caller who is not HR may see: their groups' follow-ups and the ones they are responsible for. */
  visibleTo?: { groupIds: readonly string[]; personId: string };
  /** Only those after this row in the list's order: the next page. */
  after?: FollowUpListKey;
  limit?: number;
}

/** Where a row stands in the list's order (due date, then id). */
export interface FollowUpListKey {
  dueDate: IsoDate;
  followUpId: string;
}

export interface FollowUpRow {
  followUpId: string;
  groupId: string;
  origin: { meetingId: string; itemId: string; meetingDate: IsoDate; paragraph: number | null };
  action: string;
  responsible: { personId: string; name: string };
  dueDate: IsoDate;
  status: OpenedFollowUpStatus;
  closingReason: string | null;
  reports: number;
  reschedules: number;
  /** Open ones only: days until due (negative when overdue), counted from `today`. */
  daysLeft: number | null;
  /** Decided on a confidential item (see FollowUpOpening.confidential). */
  confidential: boolean;
}

interface Row {
  follow_up_id: string;
  group_id: string;
  origin_meeting_id: string;
  origin_item_id: string;
  origin_meeting_date: string;
  origin_paragraph: number | null;
  action: string;
  responsible_id: string;
  responsible_name: string;
  due_date: string;
  status: FollowUpRow['status'];
  closing_reason: string | null;
  reports: number;
  reschedules: number;
  days_left: number | null;
  confidential: boolean;
}

/**
 * Follow-ups of one tenant, soonest due first. `today` is the Europe/Stockholm date the caller
 * reckons from (it comes in, so the answer does not depend on the server's clock or zone).
 */
export async function listFollowUps(
  db: Pick<EntityManager, 'query'>,
  tenantId: string,
  filter: FollowUpFilter,
  today: IsoDate,
): Promise<FollowUpRow[]> {
  const where = ['tenant_id = $1'];
  const values: unknown[] = [tenantId, today];
  const add = (clause: (placeholder: string) => string, value: unknown) => {
    values.push(value);
    where.push(clause(`$${values.length}`));
  };
  const status = filter.overdue ? 'open' : (filter.status ?? 'open');
  if (status !== 'all') add((p) => `status = ${p}`, status);
  if (filter.groupIds) add((p) => `group_id = ANY(${p}::text[])`, filter.groupIds);
  if (filter.responsibleId) add((p) => `responsible_id = ${p}`, filter.responsibleId);
  if (filter.originMeetingId) add((p) => `origin_meeting_id = ${p}`, filter.originMeetingId);
  if (filter.dueOnOrBefore) add((p) => `due_date <= ${p}::date`, filter.dueOnOrBefore);
  if (filter.overdue) where.push('due_date < $2::date');
  if (filter.after) {
    values.push(filter.after.dueDate, filter.after.followUpId);
    where.push(`(due_date, follow_up_id) > ($${values.length - 1}::date, $${values.length})`);
  }
  if (filter.visibleTo) {
    values.push(filter.visibleTo.groupIds, filter.visibleTo.personId);
    where.push(`(group_id = ANY($${values.length - 1}::text[]) OR responsible_id = $${values.length})`);
  }
  // No cap here: the API checks its `limit` (at most 5,000) and asks for one row more, to know
  // whether a next page exists; a cap of 5,000 here hid the next page of a full 5,000-row page.
  values.push(filter.limit ?? 500);
  // to_char keeps dates as 'YYYY-MM-DD' text: pg would otherwise turn them into JS Dates at local midnight.
  const rows: Row[] = await db.query(
    `SELECT follow_up_id, group_id, origin_meeting_id, origin_item_id,
            to_char(origin_meeting_date, 'YYYY-MM-DD') AS origin_meeting_date, origin_paragraph, action,
            responsible_id, responsible_name, to_char(due_date, 'YYYY-MM-DD') AS due_date, status, closing_reason,
            reports, reschedules, CASE WHEN status = 'open' THEN due_date - $2::date END AS days_left,
            confidential
     FROM rm_follow_ups WHERE ${where.join(' AND ')}
     ORDER BY due_date, follow_up_id LIMIT $${values.length}`,
    values,
  );
  return rows.map((row) => ({
    followUpId: row.follow_up_id,
    groupId: row.group_id,
    origin: {
      meetingId: row.origin_meeting_id,
      itemId: row.origin_item_id,
      meetingDate: row.origin_meeting_date,
      paragraph: row.origin_paragraph,
    },
    action: row.action,
    responsible: { personId: row.responsible_id, name: row.responsible_name },
    dueDate: row.due_date,
    status: row.status,
    closingReason: row.closing_reason,
    reports: row.reports,
    reschedules: row.reschedules,
    daysLeft: row.days_left,
    confidential: row.confidential,
  }));
}
