import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ledger of issued copies: every justerat document PDF the service sealed, once, with the
 * sealed bytes, so each later download serves the identical file and a copy anyone holds can be
 * verified by its sha256 (POST /api/verification). One row per document as a reader gets it: the
 * kind (an utdrag with its §), the revision and the audience (the members' version has the
 * confidential items, the public one not: two files). `attestation` is what a verification may
 * say about it (organisation, group, meeting number and date, justering and approvals), copied
 * from the justerat document when it was sealed, so answering never reads the meeting.
 *
 * document_seals keeps the service's own self-signed seal (a PKCS#12 and its password) when no
 * SEAL_P12_PATH is configured: in the database rather than under DATA_DIR, so every API process
 * seals with the same certificate, it survives restarts and moves with a backup, and a test
 * database has its own.
 *
 * Neither is a read model (a rebuild cannot make the same signature again): backups carry them.
 * The application role may only add to the ledger, never change or remove an issued copy.
 */
export class IssuedCopies1732360000000 implements MigrationInterface {
  name = 'IssuedCopies1732360000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE issued_copies (
        tenant_id   text        NOT NULL,
        meeting_id  text        NOT NULL,
        kind        text        NOT NULL CHECK (kind IN ('protokoll', 'minnesanteckningar', 'protokollsutdrag')),
        -- The § of a protokollsutdrag; 0 for the whole protocol or the notes (§§ start at 1).
        paragraph   integer     NOT NULL DEFAULT 0,
        revision    integer     NOT NULL,
        audience    text        NOT NULL CHECK (audience IN ('members', 'public')),
        -- Not unique: the public and the members' version of a protocol without confidential items
        -- are the same document, and sealed in the same second the same bytes.
        sha256      text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        sealed_at   timestamptz NOT NULL,
        attestation jsonb       NOT NULL,
        pdf         bytea       NOT NULL,
        PRIMARY KEY (tenant_id, meeting_id, kind, paragraph, revision, audience)
      );
      CREATE INDEX issued_copies_sha256 ON issued_copies (sha256);
      CREATE TABLE document_seals (
        name       text        NOT NULL PRIMARY KEY,
        p12        bytea       NOT NULL,
        password   text        NOT NULL,
        created_at timestamptz NOT NULL
      );
      DO $privileges$
      DECLARE
        v_app text := current_database() || '_app';
      BEGIN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON TABLE issued_copies, document_seals FROM %I', v_app);
      END $privileges$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE issued_copies; DROP TABLE document_seals');
  }
}
