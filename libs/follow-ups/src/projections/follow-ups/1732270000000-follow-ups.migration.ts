import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The follow-ups read model: one row per follow-up, written only by the follow-ups projection. */
export class FollowUps1732270000000 implements MigrationInterface {
  name = 'FollowUps1732270000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rm_follow_ups (
        tenant_id          text        NOT NULL,
        follow_up_id       text        NOT NULL,
        group_id           text        NOT NULL,
        origin_meeting_id  text        NOT NULL,
        origin_item_id     text        NOT NULL,
        origin_meeting_date date       NOT NULL,
        origin_paragraph   integer,
        action             text        NOT NULL,
        responsible_id     text        NOT NULL,
        responsible_name   text        NOT NULL,
        due_date           date        NOT NULL,
        status             text        NOT NULL CHECK (status IN ('open', 'completed', 'cancelled')),
        closing_reason     text,
        reports            integer     NOT NULL DEFAULT 0,
        reschedules        integer     NOT NULL DEFAULT 0,
        opened_at          timestamptz NOT NULL,
        closed_at          timestamptz,
        updated_at         timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, follow_up_id)
      );
      CREATE INDEX rm_follow_ups_due ON rm_follow_ups (tenant_id, status, due_date);
      CREATE INDEX rm_follow_ups_origin ON rm_follow_ups (tenant_id, origin_meeting_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_follow_ups');
  }
}
