import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The carry-over read model, written only by the carry-over projection: the groups' meetings by
 * start (every meeting, with its status), each group's carry-over (coming meetings, deferred
 * items not yet taken up, open follow-ups) as one document, and which group a follow-up is of.
 * The kallelse projection keeps its own copy of the carry-over among its document sources, so
 * those accept two more kinds of source.
 */
export class CarryOver1732310000000 implements MigrationInterface {
  name = 'CarryOver1732310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rm_group_meetings (
        tenant_id   text        NOT NULL,
        meeting_id  text        NOT NULL,
        group_id    text        NOT NULL,
        starts_at   timestamptz NOT NULL,
        status      text        NOT NULL CHECK (status IN ('scheduled', 'closed', 'cancelled')),
        closed_at   timestamptz,
        PRIMARY KEY (tenant_id, meeting_id)
      );
      CREATE INDEX rm_group_meetings_by_start ON rm_group_meetings (tenant_id, group_id, starts_at);
      CREATE TABLE rm_group_carry_over (
        tenant_id  text  NOT NULL,
        group_id   text  NOT NULL,
        state      jsonb NOT NULL,
        PRIMARY KEY (tenant_id, group_id)
      );
      CREATE TABLE rm_follow_up_groups (
        tenant_id     text NOT NULL,
        follow_up_id  text NOT NULL,
        group_id      text NOT NULL,
        PRIMARY KEY (tenant_id, follow_up_id)
      );
      ALTER TABLE rm_document_sources DROP CONSTRAINT rm_document_sources_source_check;
      ALTER TABLE rm_document_sources ADD CONSTRAINT rm_document_sources_source_check
        CHECK (source IN ('meeting', 'group', 'organisation', 'carry-over', 'follow-up'));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DELETE FROM rm_document_sources WHERE source IN ('carry-over', 'follow-up');
      ALTER TABLE rm_document_sources DROP CONSTRAINT rm_document_sources_source_check;
      ALTER TABLE rm_document_sources ADD CONSTRAINT rm_document_sources_source_check
        CHECK (source IN ('meeting', 'group', 'organisation'));
      DROP TABLE rm_follow_up_groups;
      DROP TABLE rm_group_carry_over;
      DROP TABLE rm_group_meetings;
    `);
  }
}
