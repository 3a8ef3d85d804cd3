import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Projections halt at an event they cannot apply instead of parking it and going on (see
 * projections/dead-letters.ts): a dead letter gets a status, the number of failed attempts, and
 * who replayed or skipped it. The rows from before were parked and passed by the old runner, so
 * they become 'skipped'. At most one halt per projection: the runner stops at the first.
 * A changed table, not a new one: the app role's DML grants on it stay as they are.
 */
export class ProjectionHalts1732300000300 implements MigrationInterface {
  name = 'ProjectionHalts1732300000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE es_dead_letters
        ADD COLUMN status     text        NOT NULL DEFAULT 'halted',
        ADD COLUMN attempts   integer     NOT NULL DEFAULT 1,
        ADD COLUMN handled_by text,
        ADD COLUMN handled_at timestamptz;
      UPDATE es_dead_letters
        SET status = 'skipped', handled_by = 'projection runner (parked before halts)', handled_at = failed_at;
      ALTER TABLE es_dead_letters ADD CONSTRAINT es_dead_letters_status
        CHECK (status IN ('halted', 'replay', 'applied', 'skipped'));
      CREATE UNIQUE INDEX es_dead_letters_one_halt ON es_dead_letters (projection) WHERE status = 'halted';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX es_dead_letters_one_halt;
      ALTER TABLE es_dead_letters DROP CONSTRAINT es_dead_letters_status,
        DROP COLUMN status, DROP COLUMN attempts, DROP COLUMN handled_by, DROP COLUMN handled_at;
    `);
  }
}
