import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in with the organisation's own identity provider (OpenID Connect). Plain tables of the
 * identity context, not events: the client secret must be changeable and deletable, and the
 * event log keeps everything forever.
 *
 * - identity_oidc_providers: at most one provider per organisation. The secret is write-only
 *   through the API and the page (never read back); `match_claim` names the claim whose value is
 *   matched against an account's e-mail address.
 * - identity_oidc_attempts: a sign-in on its way through the provider (state, nonce, PKCE
 *   verifier), keyed by the sha256 of the random value in the browser's cookie and given a few
 *   minutes; used once. Not backed up (a restore has no sign-ins under way).
 * - identity_sessions.id_token: the ID token of a session begun at the provider, sent back to it
 *   as id_token_hint when the person signs out (RP-initiated logout). Null for password sessions.
 */
export class IdentityProviders1732362000000 implements MigrationInterface {
  name = 'IdentityProviders1732362000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE identity_oidc_providers (
        tenant_id     text        PRIMARY KEY,
        issuer        text        NOT NULL CHECK (issuer ~ '^https?://'),
        client_id     text        NOT NULL CHECK (client_id <> ''),
        client_secret text        NOT NULL CHECK (client_secret <> ''),
        match_claim   text        NOT NULL DEFAULT 'email' CHECK (match_claim <> ''),
        display_name  text        NOT NULL CHECK (display_name <> ''),
        updated_at    timestamptz NOT NULL
      );

      CREATE TABLE identity_oidc_attempts (
        id            text        PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
        tenant_id     text        NOT NULL,
        state         text        NOT NULL,
        nonce         text        NOT NULL,
        code_verifier text        NOT NULL,
        next_path     text        NOT NULL,
        expires_at    timestamptz NOT NULL
      );
      CREATE INDEX identity_oidc_attempts_expiry ON identity_oidc_attempts (expires_at);

      ALTER TABLE identity_sessions ADD COLUMN id_token text;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE identity_sessions DROP COLUMN id_token;
      DROP TABLE identity_oidc_attempts, identity_oidc_providers;
    `);
  }
}
