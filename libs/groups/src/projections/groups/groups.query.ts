import type { EntityManager } from 'typeorm';
import type { GroupState } from '../../domain/group/index.js';

export interface GroupRow {
  groupId: string;
  state: GroupState;
  /** The group stream's version the state was folded to. */
  version: number;
}

/** Every group of a tenant as the read model has it, by name. */
export async function readGroupRows(db: Pick<EntityManager, 'query'>, tenantId: string): Promise<GroupRow[]> {
  const rows: { group_id: string; state: GroupState; version: number }[] = await db.query(
    'SELECT group_id, state, version FROM rm_groups WHERE tenant_id = $1 ORDER BY name, group_id',
    [tenantId],
  );
  return rows.map((row) => ({ groupId: row.group_id, state: row.state, version: row.version }));
}

/** Some groups of a tenant as the read model has them (those without a row are left out). */
export async function readGroupRowsById(
  db: Pick<EntityManager, 'query'>,
  tenantId: string,
  groupIds: readonly string[],
): Promise<GroupRow[]> {
  const rows: { group_id: string; state: GroupState; version: number }[] = await db.query(
    'SELECT group_id, state, version FROM rm_groups WHERE tenant_id = $1 AND group_id = ANY($2::text[])',
    [tenantId, groupIds],
  );
  return rows.map((row) => ({ groupId: row.group_id, state: row.state, version: row.version }));
}

/** The rows of the groups the person is an active member of (rm_memberships_by_person, then the key). */
export async function readGroupsOfMember(
  db: Pick<EntityManager, 'query'>,
  tenantId: string,
  personId: string,
): Promise<GroupRow[]> {
  const rows: { group_id: string; state: GroupState; version: number }[] = await db.query(
    `SELECT g.group_id, g.state, g.version
       FROM rm_memberships m JOIN rm_groups g ON g.tenant_id = m.tenant_id AND g.group_id = m.group_id
      WHERE m.tenant_id = $1 AND m.person_id = $2`,
    [tenantId, personId],
  );
  return rows.map((row) => ({ groupId: row.group_id, state: row.state, version: row.version }));
}
