import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The meetings read model (issue 14): one row per meeting with what the lists show (Min sida, the
 * group page, the Anställda page, a skyddskommitté's rhythm), so a list is one indexed query
 * instead of a fold per meeting. It holds no item text: nothing a confidentiality rule hides.
 */
export class Meetings1732345000000 implements MigrationInterface {
  name = 'Meetings1732345000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rm_meetings (
        tenant_id             text        NOT NULL,
        meeting_id            text        NOT NULL,
        group_id              text        NOT NULL,
        status                text        NOT NULL CHECK (status IN ('scheduled', 'closed', 'cancelled')),
        starts_at             timestamptz NOT NULL,
        ends_at               timestamptz NOT NULL,
        started_at            timestamptz,
        place                 text,
        video_link            text,
        protocol_number       text,
        closed_at             timestamptz,
        protocol_status       text        NOT NULL,
        latest_revision       integer     NOT NULL,
        justerat_revision     integer,
        published_revision    integer,
        awaiting_justering_by text[]      NOT NULL,
        kallelse_issued_at    timestamptz,
        cancelled_reason      text,
        topic_items           jsonb       NOT NULL,
        version               integer     NOT NULL,
        PRIMARY KEY (tenant_id, meeting_id)
      );
      CREATE INDEX rm_meetings_by_group_start ON rm_meetings (tenant_id, group_id, starts_at, meeting_id);
      CREATE INDEX rm_meetings_upcoming ON rm_meetings (tenant_id, group_id, ends_at)
        WHERE status = 'scheduled';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_meetings');
  }
}
