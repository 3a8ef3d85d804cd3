import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The units (arbetsplatser) an account is an employee of: an employee reads the public version of
 * their workplace's published protocols and notes. Configuration of who may read, like the roles,
 * so a column of the account rather than a samverkan fact with a history. Unit ids are the
 * organisation stream's; the use case that sets them checks that they exist.
 */
export class EmployeeUnits1732300000800 implements MigrationInterface {
  name = 'EmployeeUnits1732300000800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE identity_accounts ADD COLUMN unit_ids text[] NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE identity_accounts DROP COLUMN unit_ids');
  }
}
