import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The private calendar feeds of people's follow-up due dates: one row per feed URL handed out.
 * Only the sha256 of the URL's token is kept (as for API tokens), so a database leak yields no
 * working URL. A revoked feed keeps its row (when, and that it was) and answers 404 from then on.
 * Not a read model: it is what people chose, so backups carry it and a rebuild leaves it alone.
 */
export class FollowUpCalendarFeeds1732355000100 implements MigrationInterface {
  name = 'FollowUpCalendarFeeds1732355000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE follow_up_calendar_feeds (
        feed_id      uuid        NOT NULL PRIMARY KEY,
        tenant_id    text        NOT NULL,
        person_id    text        NOT NULL,
        token_hash   text        NOT NULL UNIQUE,
        created_at   timestamptz NOT NULL,
        last_used_at timestamptz,
        revoked_at   timestamptz
      );
      CREATE INDEX follow_up_calendar_feeds_person ON follow_up_calendar_feeds (tenant_id, person_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE follow_up_calendar_feeds');
  }
}
