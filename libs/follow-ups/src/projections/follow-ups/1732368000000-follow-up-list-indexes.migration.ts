import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The follow-up list's two ways in, each in the list's order (due date, then id) so a page is an
 * index range: a member's groups (group_id = ANY …) and the follow-ups a person is responsible
 * for. Before these, a chair's list scanned the whole tenant's open follow-ups by due date and
 * threw away those of other groups: at 200,000 open follow-ups, tens of thousands of rows a page.
 */
export class FollowUpListIndexes1732368000000 implements MigrationInterface {
  name = 'FollowUpListIndexes1732368000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX rm_follow_ups_group_due ON rm_follow_ups (tenant_id, group_id, status, due_date, follow_up_id);
      CREATE INDEX rm_follow_ups_responsible_due
        ON rm_follow_ups (tenant_id, responsible_id, status, due_date, follow_up_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX rm_follow_ups_group_due; DROP INDEX rm_follow_ups_responsible_due');
  }
}
