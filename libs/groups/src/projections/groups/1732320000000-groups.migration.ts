import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The groups read model: each group's state as its stream folds it, with the stream version it
 * was folded to, so a list of groups is one query instead of a fold per group (issue 14).
 */
export class Groups1732320000000 implements MigrationInterface {
  name = 'Groups1732320000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rm_groups (
        tenant_id  text        NOT NULL,
        group_id   text        NOT NULL,
        name       text        NOT NULL,
        state      jsonb       NOT NULL,
        version    integer     NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, group_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_groups');
  }
}
