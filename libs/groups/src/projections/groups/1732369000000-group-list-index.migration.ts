import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /api/groups in keyset pages (by name, then id): this index is the list's order, so a page
 * is an index range after the cursor instead of a sort of the tenant's thousands of groups.
 */
export class GroupListIndex1732369000000 implements MigrationInterface {
  name = 'GroupListIndex1732369000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX rm_groups_by_name ON rm_groups (tenant_id, name, group_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX rm_groups_by_name');
  }
}
