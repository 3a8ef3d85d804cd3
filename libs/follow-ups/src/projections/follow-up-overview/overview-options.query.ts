import type { EntityManager } from 'typeorm';
import type { GroupLevel } from '#libs/groups';
import { EMPLOYER_ORGANISATION, type OverviewFilter, type OverviewFilterField } from '../../domain/index.js';

type Db = Pick<EntityManager, 'query'>;

export interface OverviewOptions {
  /** The organisation's förvaltningar (top-level units), by name. */
  forvaltningar: { unitId: string; name: string }[];
  groups: { groupId: string; name: string; levels: GroupLevel[]; forvaltningId: string | null }[];
  /** The union organisations (the tenant's, and any a member has sat for); `employer` is always one too. */
  unionOrganisations: string[];
  /** People who are or were members of the groups, by name; at most `peopleLimit` (see `morePeople`). */
  people: { personId: string; name: string }[];
  morePeople: boolean;
}

/**
 * What the overview's filters can name, for the page's lists. `groupIds` null: every group (HR,
 * admin); else the reader's groups only.
 */
export async function readOverviewOptions(
  db: Db,
  tenantId: string,
  groupIds: readonly string[] | null,
  peopleLimit: number,
): Promise<OverviewOptions> {
  const [forvaltningar, groups, unions, people] = await Promise.all([
    db.query(
      `SELECT unit_id, name FROM rm_follow_up_overview_units
       WHERE tenant_id = $1 AND unit_id = forvaltning_id ORDER BY name, unit_id`,
      [tenantId],
    ) as Promise<{ unit_id: string; name: string }[]>,
    db.query(
      `SELECT g.group_id, g.name, g.levels, u.forvaltning_id FROM rm_follow_up_overview_groups g
       LEFT JOIN rm_follow_up_overview_units u ON u.tenant_id = g.tenant_id AND u.unit_id = g.unit_id
       WHERE g.tenant_id = $1 AND ($2::text[] IS NULL OR g.group_id = ANY($2::text[]))
       ORDER BY g.name, g.group_id`,
      [tenantId, groupIds],
    ) as Promise<{ group_id: string; name: string; levels: GroupLevel[]; forvaltning_id: string | null }[]>,
    db.query(
      `SELECT name FROM (
         SELECT jsonb_array_elements_text(state->'unionOrganisations') AS name
         FROM rm_follow_up_overview_organisations WHERE tenant_id = $1
         UNION
         SELECT DISTINCT organisation FROM rm_follow_up_overview_members
         WHERE tenant_id = $1 AND organisation IS NOT NULL AND organisation <> $2
       ) AS names ORDER BY name`,
      [tenantId, EMPLOYER_ORGANISATION],
    ) as Promise<{ name: string }[]>,
    db.query(
      `SELECT person_id, max(name) AS name FROM rm_follow_up_overview_members
       WHERE tenant_id = $1 AND ($2::text[] IS NULL OR group_id = ANY($2::text[]))
       GROUP BY person_id ORDER BY 2, 1 LIMIT $3`,
      [tenantId, groupIds, peopleLimit + 1],
    ) as Promise<{ person_id: string; name: string }[]>,
  ]);
  return {
    forvaltningar: forvaltningar.map((row) => ({ unitId: row.unit_id, name: row.name })),
    groups: groups.map((row) => ({
      groupId: row.group_id,
      name: row.name,
      levels: row.levels,
      forvaltningId: row.forvaltning_id,
    })),
    unionOrganisations: unions.map((row) => row.name),
    people: people.slice(0, peopleLimit).map((row) => ({ personId: row.person_id, name: row.name })),
    morePeople: people.length > peopleLimit,
  };
}

/**
 * The first filter value that names nothing the organisation has: a förvaltning that is no
 * top-level unit, a group, an organisation (`employer` or a union organisation) or a person
 * (a member of a group, or responsible for a follow-up) that does not exist. One round trip.
 */
export async function unknownFilterValue(
  db: Db,
  tenantId: string,
  filter: OverviewFilter,
): Promise<OverviewFilterField | undefined> {
  const [row]: Record<OverviewFilterField, boolean>[] = await db.query(
    `SELECT
       $2::text IS NULL OR EXISTS (SELECT 1 FROM rm_follow_up_overview_units
                                   WHERE tenant_id = $1 AND unit_id = $2 AND forvaltning_id = $2) AS "forvaltningId",
       $3::text IS NULL OR EXISTS (SELECT 1 FROM rm_follow_up_overview_groups
                                   WHERE tenant_id = $1 AND group_id = $3) AS "groupId",
       $4::text IS NULL OR $4 = $6 OR EXISTS (
         SELECT 1 FROM rm_follow_up_overview_organisations
         WHERE tenant_id = $1 AND state->'unionOrganisations' ? $4)
         OR EXISTS (SELECT 1 FROM rm_follow_up_overview_members WHERE tenant_id = $1 AND organisation = $4)
         AS "organisation",
       $5::text IS NULL
         OR EXISTS (SELECT 1 FROM rm_follow_up_overview_members WHERE tenant_id = $1 AND person_id = $5)
         OR EXISTS (SELECT 1 FROM rm_follow_up_overview WHERE tenant_id = $1 AND responsible_id = $5)
         AS "responsibleId"`,
    [
      tenantId,
      filter.forvaltningId ?? null,
      filter.groupId ?? null,
      filter.organisation ?? null,
      filter.responsibleId ?? null,
      EMPLOYER_ORGANISATION,
    ],
  );
  const fields: OverviewFilterField[] = ['forvaltningId', 'groupId', 'organisation', 'responsibleId'];
  return fields.find((field) => row?.[field] === false);
}
