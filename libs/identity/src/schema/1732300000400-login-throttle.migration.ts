import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins counted per window, in the database so that every API process behind a load
 * balancer shares one count (a counter in memory would give an attacker N times the attempts).
 * One row per (scope, subject): scope `account` with `tenant\nlower(e-mail)` as subject, whether
 * or not such an account exists (no probing), and scope `client` with the client's address.
 * A fixed window: the first failure after the window has passed starts a new one at 1.
 */
export class LoginThrottle1732300000400 implements MigrationInterface {
  name = 'LoginThrottle1732300000400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE identity_login_failures (
        scope             text        NOT NULL CHECK (scope IN ('account', 'client')),
        subject           text        NOT NULL,
        window_started_at timestamptz NOT NULL,
        failures          integer     NOT NULL CHECK (failures > 0),
        PRIMARY KEY (scope, subject)
      );
      CREATE INDEX identity_login_failures_window ON identity_login_failures (window_started_at);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE identity_login_failures');
  }
}
