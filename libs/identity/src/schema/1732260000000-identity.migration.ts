import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, browser sessions and API tokens. Plain tables, not event streams: an account is
 * configuration of who may sign in, not a samverkan fact anyone needs the history of.
 *
 * Why each piece is here:
 * - the e-mail is unique per organisation ignoring case (people type it both ways), and the same
 *   address may have accounts in two organisations.
 * - roles are checked in the database too, so a typo in a hand-written UPDATE cannot invent one.
 * - sessions and API tokens are stored only as the sha256 of the secret (64 hex characters, which
 *   the CHECKs enforce): someone who reads the tables cannot sign in with what they read.
 * - `expires_at` on a session is the effective end: min(last use + idle time, login + max age).
 */
export class Identity1732260000000 implements MigrationInterface {
  name = 'Identity1732260000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE identity_accounts (
        id            uuid        PRIMARY KEY,
        tenant_id     text        NOT NULL,
        email         text        NOT NULL,
        display_name  text        NOT NULL,
        password_hash text        NOT NULL,
        roles         text[]      NOT NULL DEFAULT '{}',
        created_at    timestamptz NOT NULL,
        disabled_at   timestamptz,
        CONSTRAINT identity_accounts_known_roles CHECK (roles <@ ARRAY['admin', 'hr']::text[]),
        CONSTRAINT identity_accounts_password_is_hash CHECK (password_hash LIKE 'scrypt$%')
      );
      CREATE UNIQUE INDEX identity_accounts_email_per_tenant ON identity_accounts (tenant_id, lower(email));

      CREATE TABLE identity_sessions (
        id           text        PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
        account_id   uuid        NOT NULL REFERENCES identity_accounts (id) ON DELETE CASCADE,
        created_at   timestamptz NOT NULL,
        expires_at   timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL
      );
      CREATE INDEX identity_sessions_account ON identity_sessions (account_id);

      CREATE TABLE identity_api_tokens (
        id           uuid        PRIMARY KEY,
        account_id   uuid        NOT NULL REFERENCES identity_accounts (id) ON DELETE CASCADE,
        name         text        NOT NULL,
        token_hash   text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        created_at   timestamptz NOT NULL,
        last_used_at timestamptz,
        revoked_at   timestamptz
      );
      CREATE INDEX identity_api_tokens_account ON identity_api_tokens (account_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE identity_api_tokens, identity_sessions, identity_accounts');
  }
}
