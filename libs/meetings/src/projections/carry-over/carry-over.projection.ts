import { FOLLOW_UP_EVENT_TYPES } from '#libs/follow-ups';
import type { Projection, ProjectionContext, StoredEvent } from '#libs/event-store';
import { type GroupCarryOver, type MeetingEvent, MEETING_EVENT_TYPES } from '../../domain/index.js';
import { applyCarryOverEvent, type CarryOverStore } from './carry-over-store.js';

type Sql = ProjectionContext['manager'];

/**
 * The carry-over read model: each group's meetings by start and status, and what returns at its
 * coming meetings (rm_group_carry_over), which scheduling, the meeting view and setting the agenda
 * read instead of folding the group's other streams. Rebuilt from zero it gives the same rows.
 */
export const carryOverProjection: Projection = {
  name: 'carry-over',
  kind: 'read-model',
  eventTypes: [...MEETING_EVENT_TYPES, ...FOLLOW_UP_EVENT_TYPES],

  async apply(events: readonly StoredEvent[], { manager }: ProjectionContext): Promise<void> {
    const stores = new Map<string, SqlCarryOverStore>();
    for (const event of events) {
      let store = stores.get(event.tenantId);
      if (!store) stores.set(event.tenantId, (store = new SqlCarryOverStore(manager, event.tenantId)));
      await applyCarryOverEvent(store, event);
      await recordMeeting(manager, event);
    }
    for (const store of stores.values()) await store.flush();
  },

  // Rebuilt into shadow tables (rebuild-shadow.ts): readers keep the old model meanwhile.
  tables: [{ name: 'rm_group_meetings' }, { name: 'rm_group_carry_over' }, { name: 'rm_follow_up_groups' }],
};

/** rm_group_meetings: every meeting of every group, where it stands. */
async function recordMeeting(db: Sql, stored: StoredEvent): Promise<void> {
  const event = stored as unknown as MeetingEvent;
  const { tenantId } = stored;
  switch (event.type) {
    case 'MeetingScheduled':
      await db.query(
        `INSERT INTO rm_group_meetings (tenant_id, meeting_id, group_id, starts_at, status)
         VALUES ($1, $2, $3, $4, 'scheduled') ON CONFLICT (tenant_id, meeting_id) DO NOTHING`,
        [tenantId, event.data.meetingId, event.data.groupId, event.data.startsAt],
      );
      return;
    case 'MeetingRescheduled':
      await db.query('UPDATE rm_group_meetings SET starts_at = $3 WHERE tenant_id = $1 AND meeting_id = $2', [
        tenantId,
        event.data.meetingId,
        event.data.startsAt,
      ]);
      return;
    case 'MeetingCancelled':
    case 'MeetingClosed': {
      const closed = event.type === 'MeetingClosed';
      await db.query(
        'UPDATE rm_group_meetings SET status = $3, closed_at = $4 WHERE tenant_id = $1 AND meeting_id = $2',
        [tenantId, event.data.meetingId, closed ? 'closed' : 'cancelled', closed ? event.data.at : null],
      );
      return;
    }
  }
}

/** The groups' carry-over in rm_group_carry_over, read once per batch and written at its end. */
class SqlCarryOverStore implements CarryOverStore {
  private readonly groups = new Map<string, GroupCarryOver | undefined>();
  private readonly dirty = new Set<string>();

  constructor(
    private readonly db: Sql,
    private readonly tenantId: string,
  ) {}

  async groupOf(stream: 'meeting' | 'follow-up', id: string): Promise<string | undefined> {
    const rows: { group_id: string }[] =
      stream === 'meeting'
        ? await this.db.query(
            'SELECT group_id FROM rm_group_meetings WHERE tenant_id = $1 AND meeting_id = $2',
            [this.tenantId, id],
          )
        : await this.db.query(
            'SELECT group_id FROM rm_follow_up_groups WHERE tenant_id = $1 AND follow_up_id = $2',
            [this.tenantId, id],
          );
    return rows[0]?.group_id;
  }

  async rememberGroup(stream: 'meeting' | 'follow-up', id: string, groupId: string): Promise<void> {
    // Meetings are remembered by recordMeeting, in rm_group_meetings.
    if (stream === 'meeting') return;
    await this.db.query(
      `INSERT INTO rm_follow_up_groups (tenant_id, follow_up_id, group_id) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, follow_up_id) DO NOTHING`,
      [this.tenantId, id, groupId],
    );
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

  async flush(): Promise<void> {
    for (const groupId of this.dirty) {
      await this.db.query(
        `INSERT INTO rm_group_carry_over (tenant_id, group_id, state) VALUES ($1, $2, $3)
         ON CONFLICT (tenant_id, group_id) DO UPDATE SET state = EXCLUDED.state`,
        [this.tenantId, groupId, JSON.stringify(this.groups.get(groupId))],
      );
    }
    this.dirty.clear();
  }
}
