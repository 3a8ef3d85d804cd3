import type { Projection, ProjectionContext, StoredEvent } from '#libs/event-store';
import {
  activeMembers,
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
 * and by authorization (GroupDirectory), which fold only a group whose stream is ahead of its row.
 * rm_memberships, in the same transaction: the group's active memberships, one row per person
 * with the same version, for the lookups by person.
 */
export const groupsProjection: Projection = {
  name: 'groups',
  kind: 'read-model',
  eventTypes: GROUP_EVENT_TYPES,

  async apply(events: readonly StoredEvent[], { manager }: ProjectionContext): Promise<void> {
    // A batch often holds many events of one group: fold them in memory, write each group once.
    const touched = new Map<string, Folded & { tenantId: string; groupId: string; membersBefore: string }>();
    for (const stored of events) {
      const event = stored as unknown as GroupEvent;
      const key = `${stored.tenantId}/${event.data.groupId}`;
      const known = touched.get(key);
      const folded = known ?? (await readRow(manager, stored.tenantId, event.data.groupId));
      touched.set(key, {
        tenantId: stored.tenantId,
        groupId: event.data.groupId,
        state: groupDecider.evolve(folded.state, event),
        version: stored.streamPosition,
        membersBefore: known?.membersBefore ?? membersOf(folded.state),
      });
    }
    for (const { tenantId, groupId, state, version, membersBefore } of touched.values()) {
      await manager.query(
        `INSERT INTO rm_groups (tenant_id, group_id, name, state, version, updated_at)
         VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (tenant_id, group_id)
         DO UPDATE SET name = EXCLUDED.name, state = EXCLUDED.state, version = EXCLUDED.version,
                       updated_at = EXCLUDED.updated_at`,
        [tenantId, groupId, state.name ?? '', JSON.stringify(state), version],
      );
      // Most group events are a meeting added or numbered: the rows then only move to the version.
      if (membersOf(state) === membersBefore) {
        await manager.query(
          'UPDATE rm_memberships SET group_version = $3 WHERE tenant_id = $1 AND group_id = $2',
          [tenantId, groupId, version],
        );
      } else await writeMemberships(manager, tenantId, groupId, state, version);
    }
  },

  // Rebuilt into shadow tables (rebuild-shadow.ts): readers keep the old model meanwhile.
  tables: [{ name: 'rm_groups' }, { name: 'rm_memberships' }],
};

async function readRow(db: Sql, tenantId: string, groupId: string): Promise<Folded> {
  const rows: { state: GroupState; version: number }[] = await db.query(
    'SELECT state, version FROM rm_groups WHERE tenant_id = $1 AND group_id = $2',
    [tenantId, groupId],
  );
  return rows[0] ?? { state: groupDecider.initialState(), version: 0 };
}

/** The group's active memberships as the rows hold them, to tell whether an event changed them. */
const membersOf = (state: GroupState): string =>
  JSON.stringify(
    activeMembers(state).map(({ person, role, party, joinedOn }) => [person.personId, role, party, joinedOn]),
  );

/** The group's active memberships as rows at the group's version (every row moves with the group). */
async function writeMemberships(
  db: Sql,
  tenantId: string,
  groupId: string,
  state: GroupState,
  version: number,
): Promise<void> {
  await db.query('DELETE FROM rm_memberships WHERE tenant_id = $1 AND group_id = $2', [tenantId, groupId]);
  const members = activeMembers(state);
  if (members.length === 0) return;
  await db.query(
    `INSERT INTO rm_memberships (tenant_id, group_id, person_id, role, party, joined_on, group_version)
     SELECT $1, $2, m.person_id, m.role, m.party, m.joined_on, $3
       FROM jsonb_to_recordset($4::jsonb) AS m(person_id text, role text, party jsonb, joined_on text)
     ON CONFLICT DO NOTHING`,
    [
      tenantId,
      groupId,
      version,
      JSON.stringify(
        members.map(({ person, role, party, joinedOn }) => ({
          person_id: person.personId,
          role,
          party: party ?? null,
          joined_on: joinedOn,
        })),
      ),
    ],
  );
}
