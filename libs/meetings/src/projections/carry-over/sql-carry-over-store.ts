import { columns, inChunks, type ProjectionContext, type StoredEvent } from '#libs/event-store';
import { isFollowUpEvent } from '#libs/follow-ups';
import { type GroupCarryOver, isMeetingEventType, type MeetingEvent } from '../../domain/index.js';
import type { CarryOverStore } from './carry-over-store.js';

type Sql = ProjectionContext['manager'];
type Stream = 'meeting' | 'follow-up';
/** A row's group, null when the row does not exist (yet). */
type KnownGroup = string | null;

/**
 * The carry-over read model's rows of one tenant for one batch: rm_group_meetings,
 * rm_follow_up_groups and rm_group_carry_over. What the batch's events name is read ahead in one
 * query per table (`prefetch`), everything is kept in memory meanwhile and written at the end in
 * one statement per table and kind of change (`flush`): a catch-up made several round trips per
 * event before. The rows written are those the statements one event at a time gave: an insert
 * that would do nothing (the row exists) and an update that would find no row are left out, which
 * is why every id is known before it is written.
 */
export class SqlCarryOverStore implements CarryOverStore {
  private readonly groups = new Map<string, GroupCarryOver | undefined>();
  private readonly dirty = new Set<string>();
  private readonly known = {
    meeting: new Map<string, KnownGroup>(),
    'follow-up': new Map<string, KnownGroup>(),
  };
  private readonly newFollowUps = new Map<string, string>();
  private readonly newMeetings = new Map<string, { groupId: string; startsAt: string }>();
  private readonly startsAt = new Map<string, string>();
  private readonly statuses = new Map<string, { status: 'closed' | 'cancelled'; closedAt: string | null }>();

  constructor(
    private readonly db: Sql,
    private readonly tenantId: string,
  ) {}

  /** The groups of the meetings and follow-ups the events name, and then those groups' carry-over. */
  async prefetch(events: readonly StoredEvent[]): Promise<void> {
    const meetingIds = new Set<string>();
    const followUpIds = new Set<string>();
    const groupIds = new Set<string>();
    for (const event of events) {
      const data = event.data as { meetingId?: string; followUpId?: string; groupId?: string };
      if (isFollowUpEvent(event)) followUpIds.add(event.data.followUpId);
      else if (isMeetingEventType(event.type) && data.meetingId) meetingIds.add(data.meetingId);
      if (data.groupId) groupIds.add(data.groupId);
    }
    await this.readGroupsOf('meeting', [...meetingIds]);
    await this.readGroupsOf('follow-up', [...followUpIds]);
    for (const known of [this.known.meeting, this.known['follow-up']])
      for (const groupId of known.values()) if (groupId) groupIds.add(groupId);
    const unread = [...groupIds].filter((id) => !this.groups.has(id));
    if (unread.length === 0) return;
    const rows: { group_id: string; state: GroupCarryOver }[] = await this.db.query(
      'SELECT group_id, state FROM rm_group_carry_over WHERE tenant_id = $1 AND group_id = ANY($2::text[])',
      [this.tenantId, unread],
    );
    for (const id of unread) this.groups.set(id, undefined);
    for (const row of rows) this.groups.set(row.group_id, row.state);
  }

  async groupOf(stream: Stream, id: string): Promise<string | undefined> {
    return (await this.knownGroup(stream, id)) ?? undefined;
  }

  async rememberGroup(stream: Stream, id: string, groupId: string): Promise<void> {
    // Meetings are remembered by recordMeeting, in rm_group_meetings.
    if (stream === 'meeting') return;
    // ON CONFLICT DO NOTHING: a follow-up keeps the group it was first remembered with.
    if ((await this.knownGroup('follow-up', id)) !== null) return;
    this.known['follow-up'].set(id, groupId);
    this.newFollowUps.set(id, groupId);
  }

  async loadCarryOver(groupId: string): Promise<GroupCarryOver | undefined> {
    if (!this.groups.has(groupId)) {
      const rows: { state: GroupCarryOver }[] = await this.db.query(
        'SELECT state FROM rm_group_carry_over WHERE tenant_id = $1 AND group_id = $2',
        [this.tenantId, groupId],
      );
      this.groups.set(groupId, rows[0]?.state);
    }
    return this.groups.get(groupId);
  }

  async saveCarryOver(state: GroupCarryOver): Promise<void> {
    this.groups.set(state.groupId, state);
    this.dirty.add(state.groupId);
  }

  /** rm_group_meetings: every meeting of every group, where it stands. */
  async recordMeeting(stored: StoredEvent): Promise<void> {
    const event = stored as unknown as MeetingEvent;
    switch (event.type) {
      case 'MeetingScheduled': {
        const { meetingId, groupId, startsAt } = event.data;
        if ((await this.knownGroup('meeting', meetingId)) !== null) return; // DO NOTHING
        this.known.meeting.set(meetingId, groupId);
        this.newMeetings.set(meetingId, { groupId, startsAt });
        return;
      }
      case 'MeetingRescheduled':
        if ((await this.knownGroup('meeting', event.data.meetingId)) === null) return; // no row
        this.startsAt.set(event.data.meetingId, event.data.startsAt);
        return;
      case 'MeetingCancelled':
      case 'MeetingClosed': {
        if ((await this.knownGroup('meeting', event.data.meetingId)) === null) return; // no row
        const closed = event.type === 'MeetingClosed';
        this.statuses.set(event.data.meetingId, {
          status: closed ? 'closed' : 'cancelled',
          closedAt: closed ? event.data.at : null,
        });
        return;
      }
    }
  }

  /** New rows first, then the updates (the last of each meeting's), then the carry-over. */
  async flush(): Promise<void> {
    const t = this.tenantId;
    const newMeetings = [...this.newMeetings].map(([id, m]) => [id, m.groupId, m.startsAt] as const);
    await this.each(
      newMeetings,
      `INSERT INTO rm_group_meetings (tenant_id, meeting_id, group_id, starts_at, status)
       SELECT $1, meeting_id, group_id, starts_at, 'scheduled'
       FROM unnest($2::text[], $3::text[], $4::timestamptz[]) AS r(meeting_id, group_id, starts_at)
       ON CONFLICT (tenant_id, meeting_id) DO NOTHING`,
    );
    await this.each(
      [...this.startsAt],
      `UPDATE rm_group_meetings g SET starts_at = r.starts_at
       FROM unnest($2::text[], $3::timestamptz[]) AS r(meeting_id, starts_at)
       WHERE g.tenant_id = $1 AND g.meeting_id = r.meeting_id`,
    );
    await this.each(
      [...this.statuses].map(([id, s]) => [id, s.status, s.closedAt] as const),
      `UPDATE rm_group_meetings g SET status = r.status, closed_at = r.closed_at
       FROM unnest($2::text[], $3::text[], $4::timestamptz[]) AS r(meeting_id, status, closed_at)
       WHERE g.tenant_id = $1 AND g.meeting_id = r.meeting_id`,
    );
    await this.each(
      [...this.newFollowUps],
      `INSERT INTO rm_follow_up_groups (tenant_id, follow_up_id, group_id)
       SELECT $1, follow_up_id, group_id FROM unnest($2::text[], $3::text[]) AS r(follow_up_id, group_id)
       ON CONFLICT (tenant_id, follow_up_id) DO NOTHING`,
    );
    const states = [...this.dirty].map((id) => [id, JSON.stringify(this.groups.get(id))] as const);
    for (const chunk of inChunks(states, (row) => row[1]?.length ?? 0))
      await this.db.query(
        `INSERT INTO rm_group_carry_over (tenant_id, group_id, state)
         SELECT $1, group_id, state FROM unnest($2::text[], $3::jsonb[]) AS r(group_id, state)
         ON CONFLICT (tenant_id, group_id) DO UPDATE SET state = EXCLUDED.state`,
        [t, ...columns(chunk)],
      );
    for (const pending of [this.newMeetings, this.startsAt, this.statuses, this.newFollowUps, this.dirty])
      pending.clear();
  }

  /** Small rows: one statement for all of them (the tenant is $1, the columns $2…). */
  private async each(rows: readonly (readonly unknown[])[], sql: string): Promise<void> {
    if (rows.length > 0) await this.db.query(sql, [this.tenantId, ...columns(rows)]);
  }

  private async knownGroup(stream: Stream, id: string): Promise<KnownGroup> {
    const known = this.known[stream];
    if (!known.has(id)) await this.readGroupsOf(stream, [id]);
    return known.get(id) ?? null;
  }

  private async readGroupsOf(stream: Stream, ids: readonly string[]): Promise<void> {
    const known = this.known[stream];
    const unread = ids.filter((id) => !known.has(id));
    if (unread.length === 0) return;
    const rows: { id: string; group_id: string }[] =
      stream === 'meeting'
        ? await this.db.query(
            `SELECT meeting_id AS id, group_id FROM rm_group_meetings
             WHERE tenant_id = $1 AND meeting_id = ANY($2::text[])`,
            [this.tenantId, unread],
          )
        : await this.db.query(
            `SELECT follow_up_id AS id, group_id FROM rm_follow_up_groups
             WHERE tenant_id = $1 AND follow_up_id = ANY($2::text[])`,
            [this.tenantId, unread],
          );
    for (const id of unread) known.set(id, null);
    for (const row of rows) known.set(row.id, row.group_id);
  }
}
