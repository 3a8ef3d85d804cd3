import type { Projection, ProjectionContext, StoredEvent } from '#libs/event-store';
import {
  GROUP_EVENT_TYPES,
  groupDecider,
  type GroupEvent,
  type GroupState,
} from '../../domain/group/index.js';

type Sql = ProjectionContext['manager'];
type Folded = { state: GroupState; version: number };

/**
 * rm_groups: every group's state, folded with the group's own evolve (so the read model can never
 * disagree with the stream's rules), and the stream version it reached. Read by the group lists
 * (GroupDirectory), which fold only a group whose stream is ahead of its row.
 */
export const groupsProjection: Projection = {
  name: 'groups',
  kind: 'read-model',
  eventTypes: GROUP_EVENT_TYPES,

  async apply(events: readonly StoredEvent[], { manager }: ProjectionContext): Promise<void> {
    // A batch often holds many events of one group: fold them in memory, write each group once.
    const touched = new Map<string, Folded & { tenantId: string; groupId: string }>();
    for (const stored of events) {
      const event = stored as unknown as GroupEvent;
      const key = `${stored.tenantId}/${event.data.groupId}`;
      const folded = touched.get(key) ?? (await readRow(manager, stored.tenantId, event.data.groupId));
      touched.set(key, {
        tenantId: stored.tenantId,
        groupId: event.data.groupId,
        state: groupDecider.evolve(folded.state, event),
        version: stored.streamPosition,
      });
    }
    for (const { tenantId, groupId, state, version } of touched.values()) {
      await manager.query(
        `INSERT INTO rm_groups (tenant_id, group_id, name, state, version, updated_at)
         VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (tenant_id, group_id)
         DO UPDATE SET name = EXCLUDED.name, state = EXCLUDED.state, version = EXCLUDED.version,
                       updated_at = EXCLUDED.updated_at`,
        [tenantId, groupId, state.name ?? '', JSON.stringify(state), version],
      );
    }
  },

  async reset({ manager }: ProjectionContext): Promise<void> {
    await manager.query('TRUNCATE rm_groups');
  },
};

async function readRow(db: Sql, tenantId: string, groupId: string): Promise<Folded> {
  const rows: { state: GroupState; version: number }[] = await db.query(
    'SELECT state, version FROM rm_groups WHERE tenant_id = $1 AND group_id = $2',
    [tenantId, groupId],
  );
  return rows[0] ?? { state: groupDecider.initialState(), version: 0 };
}
