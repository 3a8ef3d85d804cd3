import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rm_meetings learns the last date for justering, so the Justering page lists when each protocol
 * must be justerat by without folding the meeting. Rows folded before lack it and, their version
 * being current, would never be folded again: empty the read model, as MeetingsJusterare did
 * (ListMeetingsQuery folds a meeting without a row from its stream; the worker writes it again).
 * A text column, not date: pg would turn a date into a Date at local midnight.
 */
export class MeetingsJusteringLastDate1732358000000 implements MigrationInterface {
  name = 'MeetingsJusteringLastDate1732358000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DELETE FROM rm_meetings;
      ALTER TABLE rm_meetings ADD COLUMN justering_last_date text;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_meetings DROP COLUMN justering_last_date');
  }
}
