import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rm_follow_ups learns which follow-ups were decided on a confidential item, so the list can
 * leave their content out for callers outside the group. Rows from before stay false: their
 * FollowUpOpened events did not say (a rebuild reads them the same way).
 */
export class FollowUpConfidentiality1732300000700 implements MigrationInterface {
  name = 'FollowUpConfidentiality1732300000700';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_follow_ups ADD COLUMN confidential boolean NOT NULL DEFAULT false');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_follow_ups DROP COLUMN confidential');
  }
}
