import type { ProjectionContext } from '#libs/event-store';
import {
  GROUP_EVENT_TYPES,
  groupDecider,
  type GroupEvent,
  type GroupState,
  organisationDecider,
  type OrganisationEvent,
  type OrganisationState,
} from '#libs/groups';
import { EMPLOYER_ORGANISATION } from '../../domain/index.js';

type Sql = ProjectionContext['manager'];

export const OVERVIEW_GROUP_EVENT_TYPES: readonly string[] = GROUP_EVENT_TYPES;

export const isGroupEvent = (event: { type: string }): boolean =>
  GROUP_EVENT_TYPES.includes(event.type as never);

interface FoldedGroup {
  tenantId: string;
  groupId: string;
  state: GroupState;
  /** What the row said before this batch (null: no row yet), to see what the follow-ups must follow. */
  before: { levels: string[]; unitId: string | null; members: string } | null;
}

interface MemberRow {
  personId: string;
  name: string;
  organisation: string | null;
  active: boolean;
}

/**
 * The organisation's units and the groups, folded with the groups context's own evolve (so a
 * later event, such as a rename, is followed as soon as that evolve knows it), kept in this read
 * model's own tables. A batch folds in memory and writes each touched organisation or group once,
 * before the next follow-up event reads them (flush) and at the end of the batch.
 */
export class OverviewDimensions {
  private readonly organisations = new Map<string, OrganisationState>();
  private readonly groups = new Map<string, FoldedGroup>();

  constructor(private readonly db: Sql) {}

  async applyOrganisationEvent(tenantId: string, event: OrganisationEvent): Promise<void> {
    const state = this.organisations.get(tenantId) ?? (await this.readOrganisation(tenantId));
    this.organisations.set(tenantId, organisationDecider.evolve(state, event));
  }

  async applyGroupEvent(tenantId: string, event: GroupEvent): Promise<void> {
    const key = `${tenantId}/${event.data.groupId}`;
    const folded = this.groups.get(key) ?? (await this.readGroup(tenantId, event.data.groupId));
    this.groups.set(key, { ...folded, state: groupDecider.evolve(folded.state, event) });
  }

  /** Writes what this batch folded, and brings the follow-ups' copied ids up to date with it. */
  async flush(): Promise<void> {
    for (const [tenantId, state] of this.organisations) await this.writeOrganisation(tenantId, state);
    this.organisations.clear();
    for (const group of this.groups.values()) await this.writeGroup(group);
    this.groups.clear();
  }

  private async readOrganisation(tenantId: string): Promise<OrganisationState> {
    const rows: { state: OrganisationState }[] = await this.db.query(
      'SELECT state FROM rm_follow_up_overview_organisations WHERE tenant_id = $1',
      [tenantId],
    );
    return rows[0]?.state ?? organisationDecider.initialState();
  }

  private async writeOrganisation(tenantId: string, state: OrganisationState): Promise<void> {
    await this.db.query(
      `INSERT INTO rm_follow_up_overview_organisations (tenant_id, state) VALUES ($1, $2)
       ON CONFLICT (tenant_id) DO UPDATE SET state = EXCLUDED.state`,
      [tenantId, JSON.stringify(state)],
    );
    const units = state.units.map((unit) => ({ ...unit, forvaltningId: forvaltningOf(state, unit.unitId) }));
    const moved: { count: string }[] = await this.db.query(
      `SELECT count(*) AS count FROM rm_follow_up_overview_units u
       JOIN unnest($2::text[], $3::text[]) AS n(unit_id, forvaltning_id) USING (unit_id)
       WHERE u.tenant_id = $1 AND u.forvaltning_id <> n.forvaltning_id`,
      [tenantId, units.map((unit) => unit.unitId), units.map((unit) => unit.forvaltningId)],
    );
    await this.db.query('DELETE FROM rm_follow_up_overview_units WHERE tenant_id = $1', [tenantId]);
    await this.db.query(
      `INSERT INTO rm_follow_up_overview_units (tenant_id, unit_id, name, parent_unit_id, forvaltning_id)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])`,
      [
        tenantId,
        units.map((unit) => unit.unitId),
        units.map((unit) => unit.name),
        units.map((unit) => unit.parentUnitId ?? null),
        units.map((unit) => unit.forvaltningId),
      ],
    );
    // Units are only added today; should one ever move under another förvaltning, its groups' follow-ups follow.
    if (Number(moved[0]?.count ?? 0) > 0) {
      await this.db.query(
        `UPDATE rm_follow_up_overview f SET forvaltning_id = u.forvaltning_id
         FROM rm_follow_up_overview_groups g
         JOIN rm_follow_up_overview_units u ON u.tenant_id = g.tenant_id AND u.unit_id = g.unit_id
         WHERE f.tenant_id = $1 AND g.tenant_id = $1 AND g.group_id = f.group_id
           AND f.forvaltning_id IS DISTINCT FROM u.forvaltning_id`,
        [tenantId],
      );
    }
  }

  private async readGroup(tenantId: string, groupId: string): Promise<FoldedGroup> {
    const rows: { state: GroupState; levels: string[]; unit_id: string | null }[] = await this.db.query(
      `SELECT state, levels, unit_id FROM rm_follow_up_overview_groups WHERE tenant_id = $1 AND group_id = $2`,
      [tenantId, groupId],
    );
    const row = rows[0];
    if (!row) return { tenantId, groupId, state: groupDecider.initialState(), before: null };
    return {
      tenantId,
      groupId,
      state: row.state,
      before: { levels: row.levels, unitId: row.unit_id, members: JSON.stringify(membersOf(row.state)) },
    };
  }

  private async writeGroup({ tenantId, groupId, state, before }: FoldedGroup): Promise<void> {
    const levels = [...state.levels];
    const unitId = state.unitId ?? null;
    const members = membersOf(state);
    await this.db.query(
      `INSERT INTO rm_follow_up_overview_groups (tenant_id, group_id, name, levels, unit_id, state)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, group_id) DO UPDATE SET name = EXCLUDED.name, levels = EXCLUDED.levels,
         unit_id = EXCLUDED.unit_id, state = EXCLUDED.state`,
      [tenantId, groupId, state.name ?? '', levels, unitId, JSON.stringify(state)],
    );
    const membersChanged = before === null || before.members !== JSON.stringify(members);
    if (membersChanged) {
      await this.db.query(
        'DELETE FROM rm_follow_up_overview_members WHERE tenant_id = $1 AND group_id = $2',
        [tenantId, groupId],
      );
      await this.db.query(
        `INSERT INTO rm_follow_up_overview_members (tenant_id, group_id, person_id, name, organisation, active)
         SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::text[], $6::boolean[])`,
        [
          tenantId,
          groupId,
          members.map((member) => member.personId),
          members.map((member) => member.name),
          members.map((member) => member.organisation),
          members.map((member) => member.active),
        ],
      );
    }
    if (before === null) return;
    if (before.unitId !== unitId || JSON.stringify(before.levels) !== JSON.stringify(levels)) {
      await this.db.query(
        `UPDATE rm_follow_up_overview SET levels = $3,
           forvaltning_id = (SELECT forvaltning_id FROM rm_follow_up_overview_units WHERE tenant_id = $1 AND unit_id = $4)
         WHERE tenant_id = $1 AND group_id = $2`,
        [tenantId, groupId, levels, unitId],
      );
    }
    if (membersChanged) {
      await this.db.query(
        `UPDATE rm_follow_up_overview f SET responsible_organisation = m.organisation
         FROM rm_follow_up_overview_members m
         WHERE f.tenant_id = $1 AND f.group_id = $2 AND m.tenant_id = $1 AND m.group_id = $2
           AND m.person_id = f.responsible_id AND f.responsible_organisation IS DISTINCT FROM m.organisation`,
        [tenantId, groupId],
      );
    }
  }
}

/** The top-level unit above a unit (itself when it has no parent): its förvaltning. */
export function forvaltningOf(state: OrganisationState, unitId: string): string {
  const byId = new Map(state.units.map((unit) => [unit.unitId, unit]));
  let current = unitId;
  const seen = new Set<string>();
  for (;;) {
    const parent = byId.get(current)?.parentUnitId;
    if (parent === undefined || !byId.has(parent) || seen.has(parent)) return current;
    seen.add(current);
    current = parent;
  }
}

/**
 * One row per person who has been a member, with the organisation they sit for: their active
 * membership's party, else their last one's (a member who left keeps the side they had). An APT
 * member has no party: no organisation.
 */
function membersOf(state: GroupState): MemberRow[] {
  const byPerson = new Map<string, MemberRow>();
  for (const membership of state.memberships) {
    const active = membership.leftOn === undefined;
    const known = byPerson.get(membership.person.personId);
    if (known?.active && !active) continue;
    const party = membership.party;
    byPerson.set(membership.person.personId, {
      personId: membership.person.personId,
      name: membership.person.name,
      organisation:
        party === undefined ? null : party.side === 'employer' ? EMPLOYER_ORGANISATION : party.organisation,
      active,
    });
  }
  return [...byPerson.values()];
}
