import type { EntityManager } from 'typeorm';
import {
  type GroupCarryOver,
  liveAgenda,
  type LiveAgendaItem,
  type MeetingState,
} from '../../domain/index.js';

type Db = Pick<EntityManager, 'query'>;

/** A group's carry-over as the projection last left it; undefined for a group with nothing yet. */
export async function findGroupCarryOver(
  db: Db,
  tenantId: string,
  groupId: string,
): Promise<GroupCarryOver | undefined> {
  const rows: { state: GroupCarryOver }[] = await db.query(
    'SELECT state FROM rm_group_carry_over WHERE tenant_id = $1 AND group_id = $2',
    [tenantId, groupId],
  );
  return rows[0]?.state;
}

/**
 * A coming meeting's agenda proposal as carry-over keeps it (from the read model, so it can lag
 * the log by moments); undefined once the meeting is held or cancelled, or not yet projected.
 */
export async function findLiveAgenda(
  db: Db,
  tenantId: string,
  meeting: MeetingState,
): Promise<LiveAgendaItem[] | undefined> {
  const { status, groupId, meetingId } = meeting;
  if (status !== 'scheduled' || groupId === undefined || meetingId === undefined) return undefined;
  const carryOver = await findGroupCarryOver(db, tenantId, groupId);
  return carryOver && liveAgenda(carryOver, meetingId);
}

export interface GroupMeetingRow {
  meetingId: string;
  startsAt: string;
  status: 'scheduled' | 'closed' | 'cancelled';
  closedAt?: string;
}

/** The group's meetings in the order they are held (start time), with where each stands. */
export async function listGroupMeetings(
  db: Db,
  tenantId: string,
  groupId: string,
): Promise<GroupMeetingRow[]> {
  const rows: {
    meeting_id: string;
    starts_at: Date;
    status: GroupMeetingRow['status'];
    closed_at: Date | null;
  }[] = await db.query(
    `SELECT meeting_id, starts_at, status, closed_at FROM rm_group_meetings
       WHERE tenant_id = $1 AND group_id = $2 ORDER BY starts_at, meeting_id`,
    [tenantId, groupId],
  );
  return rows.map((row) => ({
    meetingId: row.meeting_id,
    startsAt: row.starts_at.toISOString(),
    status: row.status,
    ...(row.closed_at ? { closedAt: row.closed_at.toISOString() } : {}),
  }));
}
