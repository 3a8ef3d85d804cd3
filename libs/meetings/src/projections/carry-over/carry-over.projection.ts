import { FOLLOW_UP_EVENT_TYPES } from '#libs/follow-ups';
import type { Projection, ProjectionContext, StoredEvent } from '#libs/event-store';
import { MEETING_EVENT_TYPES } from '../../domain/index.js';
import { applyCarryOverEvent } from './carry-over-store.js';
import { SqlCarryOverStore } from './sql-carry-over-store.js';

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
    for (const event of events)
      if (!stores.has(event.tenantId))
        stores.set(event.tenantId, new SqlCarryOverStore(manager, event.tenantId));
    for (const [tenantId, store] of stores)
      await store.prefetch(events.filter((event) => event.tenantId === tenantId));
    for (const event of events) {
      const store = stores.get(event.tenantId)!;
      await applyCarryOverEvent(store, event);
      await store.recordMeeting(event);
    }
    for (const store of stores.values()) await store.flush();
  },

  // Rebuilt into shadow tables (rebuild-shadow.ts): readers keep the old model meanwhile.
  tables: [{ name: 'rm_group_meetings' }, { name: 'rm_group_carry_over' }, { name: 'rm_follow_up_groups' }],
};
