import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The documents read models. rm_documents holds every version of every document (a protocol's
 * revisions, a kallelse's versions) as the JSON the renderers lay out; rm_document_sources holds
 * what each document projection folded so far (meeting state, group and organisation names), so a
 * batch continues from where the last one stopped without reading streams.
 */
export class Documents1732280000000 implements MigrationInterface {
  name = 'Documents1732280000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rm_document_sources (
        projection  text  NOT NULL,
        tenant_id   text  NOT NULL,
        source      text  NOT NULL CHECK (source IN ('meeting', 'group', 'organisation')),
        source_id   text  NOT NULL,
        state       jsonb NOT NULL,
        PRIMARY KEY (projection, tenant_id, source, source_id)
      );
      CREATE TABLE rm_documents (
        tenant_id      text        NOT NULL,
        meeting_id     text        NOT NULL,
        kind           text        NOT NULL CHECK (kind IN ('protokoll', 'minnesanteckningar', 'kallelse')),
        revision       integer     NOT NULL,
        document       jsonb       NOT NULL,
        stream_version bigint      NOT NULL,
        updated_at     timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, meeting_id, kind, revision)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_documents; DROP TABLE rm_document_sources');
  }
}
