import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stream catalogue by type: every read of groups or meetings asks which streams of its type are
 * ahead of their read-model rows (streamsAheadOfRows), and without this index that was a scan of the
 * whole catalogue. On the 2,000,000-event seed (220,000 streams, most of them follow-ups) it cost
 * GET /api/groups, Min sida and the follow-up list 100–300 ms a request. The version is included
 * so the comparison reads the index alone.
 */
export class StreamsByType1732370000000 implements MigrationInterface {
  name = 'StreamsByType1732370000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE INDEX es_streams_by_type ON es_streams (tenant_id, stream_type, stream_id) INCLUDE (version)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX es_streams_by_type');
  }
}
