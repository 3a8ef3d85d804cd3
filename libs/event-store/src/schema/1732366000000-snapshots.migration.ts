import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Snapshots of a stream's folded state (issue 14): a command on a long stream (a group gains an
 * event with every meeting) reads its newest snapshot and the events after it, not the whole
 * stream. Derived data: any row may be deleted at any time and the next command folds from the
 * start again; a backup leaves the table out and a restore empties it.
 *
 * One row per stream and state schema (the version of its evolve the aggregate declares): a
 * changed evolve declares a new schema, and the old rows are simply never read again.
 * `event_id` is the event at `stream_version` the state was folded up to: a snapshot is used only
 * while that very event is still there at that position, so a stream restored shorter or with
 * another history never gets a state it did not make.
 *
 * The app role writes it: DatabaseRoles' default privileges give it SELECT, INSERT, UPDATE,
 * DELETE and TRUNCATE on every table the owner creates, as on the read models (nothing revoked here).
 */
export class Snapshots1732366000000 implements MigrationInterface {
  name = 'Snapshots1732366000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE es_snapshots (
        tenant_id      text        NOT NULL,
        stream_id      text        NOT NULL,
        state_schema   text        NOT NULL,
        stream_version bigint      NOT NULL,
        event_id       uuid        NOT NULL,
        state          jsonb       NOT NULL,
        taken_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, stream_id, state_schema)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE es_snapshots');
  }
}
