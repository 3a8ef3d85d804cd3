import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The group's state gained meetingIds (every meeting, numbered or not). Rows folded before it lack
 * the field and, their version being current, would never be folded again: empty the read model.
 * GroupDirectory folds a group without a row from its stream, as it does a stale one, and the
 * worker writes the row again at the group's next event (`npm run rebuild -- groups` refills all
 * at once; a migration leaves the checkpoints to the event store).
 */
export class GroupsMeetingIds1732325000000 implements MigrationInterface {
  name = 'GroupsMeetingIds1732325000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('DELETE FROM rm_groups');
  }

  async down(): Promise<void> {
    // Nothing to undo: the read model refills from the streams.
  }
}
