import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rm_meetings learns every appointed justerare and who asked for changes to the latest revision,
 * so the Justering page lists a person's protocols from the read model instead of folding each
 * meeting. Rows folded before lack both and, their version being current, would never be folded
 * again: empty the read model. ListMeetingsQuery folds a meeting without a row from its stream, as
 * it does a stale one, and the worker writes the row again at the meeting's next event
 * (`npm run rebuild -- meetings` refills all at once; a migration leaves checkpoints to the event store).
 */
export class MeetingsJusterare1732357000000 implements MigrationInterface {
  name = 'MeetingsJusterare1732357000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DELETE FROM rm_meetings;
      ALTER TABLE rm_meetings
        ADD COLUMN justerare   text[] NOT NULL DEFAULT '{}',
        ADD COLUMN declined_by text[] NOT NULL DEFAULT '{}';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_meetings DROP COLUMN justerare, DROP COLUMN declined_by');
  }
}
