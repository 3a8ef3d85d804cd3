import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /api/groups and /grupper in keyset pages (by name, then id): this index is the list's order,
 * so a page is an index range after the cursor instead of a sort of the tenant's thousands of groups.
 *
 * The order is Swedish (Å, Ä, Ö last and in that order; case does not come first), as the list was
 * sorted in code before it was paged: the name column takes the collation `samverkan_swedish`, a
 * copy of ICU's Swedish where the server has ICU (Debian's and the embedded server do), else of the
 * libc locale sv_SE.utf8, else of "C" (byte order: Ä before Å), so the migration runs everywhere.
 * Comparisons of the column (the cursor's `>`) and its ORDER BY use the column's collation.
 */
export class GroupListIndex1732369000000 implements MigrationInterface {
  name = 'GroupListIndex1732369000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT FROM pg_collation WHERE collname = 'sv-x-icu') THEN
          CREATE COLLATION samverkan_swedish FROM "sv-x-icu";
        ELSIF EXISTS (SELECT FROM pg_collation WHERE collname = 'sv_SE.utf8') THEN
          CREATE COLLATION samverkan_swedish FROM "sv_SE.utf8";
        ELSE
          CREATE COLLATION samverkan_swedish FROM "C";
        END IF;
      END $$`);
    await db.query('ALTER TABLE rm_groups ALTER COLUMN name TYPE text COLLATE samverkan_swedish');
    await db.query('CREATE INDEX rm_groups_by_name ON rm_groups (tenant_id, name, group_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX rm_groups_by_name');
    await db.query('ALTER TABLE rm_groups ALTER COLUMN name TYPE text COLLATE "default"');
    await db.query('DROP COLLATION samverkan_swedish');
  }
}
