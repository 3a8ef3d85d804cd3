import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StreamActivity1732250000001 implements MigrationInterface {
  name = 'StreamActivity1732250000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rm_stream_activity (
        tenant_id       text        NOT NULL,
        stream_id       text        NOT NULL,
        event_count     bigint      NOT NULL,
        first_event_at  timestamptz NOT NULL,
        last_event_at   timestamptz NOT NULL,
        last_event_type text        NOT NULL,
        PRIMARY KEY (tenant_id, stream_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_stream_activity');
  }
}
