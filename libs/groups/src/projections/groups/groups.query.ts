import type { EntityManager } from 'typeorm';
import type { MemberRole, Party } from '#libs/shared-kernel';
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

/** The group stream version each group's row was folded to (no state read: the rows stay small). */
export async function readGroupVersions(
  db: Pick<EntityManager, 'query'>,
  tenantId: string,
): Promise<Map<string, number>> {
  const rows: { group_id: string; version: number }[] = await db.query(
    'SELECT group_id, version FROM rm_groups WHERE tenant_id = $1',
    [tenantId],
  );
  return new Map(rows.map((row) => [row.group_id, row.version]));
}

/** One active membership as rm_memberships has it. */
export interface MembershipRow {
  groupId: string;
  personId: string;
  role: MemberRole;
  party?: Party;
  joinedOn: string;
  /** The group stream's version the row was built from (the group row's version). */
  groupVersion: number;
}

type MembershipColumns = {
  group_id: string;
  person_id: string;
  role: MemberRole;
  party: Party | null;
  joined_on: string;
  group_version: number;
};

const membershipRow = (row: MembershipColumns): MembershipRow => ({
  groupId: row.group_id,
  personId: row.person_id,
  role: row.role,
  ...(row.party === null ? {} : { party: row.party }),
  joinedOn: row.joined_on,
  groupVersion: row.group_version,
});

/** The person's active memberships (rm_memberships_by_person). */
export async function readMembershipsOf(
  db: Pick<EntityManager, 'query'>,
  tenantId: string,
  personId: string,
): Promise<MembershipRow[]> {
  const rows: MembershipColumns[] = await db.query(
    `SELECT group_id, person_id, role, party, joined_on, group_version
       FROM rm_memberships WHERE tenant_id = $1 AND person_id = $2 ORDER BY group_id`,
    [tenantId, personId],
  );
  return rows.map(membershipRow);
}

/** A group's active memberships (the primary key's prefix). */
export async function readMembershipsOfGroup(
  db: Pick<EntityManager, 'query'>,
  tenantId: string,
  groupId: string,
): Promise<MembershipRow[]> {
  const rows: MembershipColumns[] = await db.query(
    `SELECT group_id, person_id, role, party, joined_on, group_version
       FROM rm_memberships WHERE tenant_id = $1 AND group_id = $2 ORDER BY person_id`,
    [tenantId, groupId],
  );
  return rows.map(membershipRow);
}
