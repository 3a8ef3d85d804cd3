import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The memberships read model (issue 14): one row per active membership, with the person's role
 * and party and the group stream version it was built from, written by the groups projection in
 * the same transaction as the group's row (so the two never disagree and rm_groups.version says
 * which groups are current). Looked up by person (the groups someone sits in) and by group. Filled
 * here from rm_groups as it stands, so no rebuild is needed; a group without a row yet gets its
 * memberships at its next event (or `npm run rebuild -- groups`).
 */
export class Memberships1732363000000 implements MigrationInterface {
  name = 'Memberships1732363000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rm_memberships (
        tenant_id     text    NOT NULL,
        group_id      text    NOT NULL,
        person_id     text    NOT NULL,
        role          text    NOT NULL,
        party         jsonb,
        joined_on     text    NOT NULL,
        group_version integer NOT NULL,
        PRIMARY KEY (tenant_id, group_id, person_id)
      )`);
    await db.query('CREATE INDEX rm_memberships_by_person ON rm_memberships (tenant_id, person_id)');
    await db.query(`
      INSERT INTO rm_memberships (tenant_id, group_id, person_id, role, party, joined_on, group_version)
      SELECT DISTINCT ON (g.tenant_id, g.group_id, m->'person'->>'personId')
             g.tenant_id, g.group_id, m->'person'->>'personId', m->>'role', m->'party', m->>'joinedOn', g.version
        FROM rm_groups g, jsonb_array_elements(g.state->'memberships') m
       WHERE NOT (m ? 'leftOn')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_memberships');
  }
}
