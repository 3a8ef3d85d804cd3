import { queryRows, type Sql } from '../shared/sql.js';

/** SQL for identity_oidc_attempts: `id` is the sha256 of the browser's cookie value, never the value. */

export interface OidcAttempt {
  id: string;
  tenantId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  nextPath: string;
  expiresAt: Date;
}

export async function insertAttempt(db: Sql, attempt: OidcAttempt, now: Date): Promise<void> {
  // Housekeeping: attempts abandoned at the provider would otherwise pile up.
  await db.query('DELETE FROM identity_oidc_attempts WHERE expires_at <= $1', [now]);
  await db.query(
    `INSERT INTO identity_oidc_attempts (id, tenant_id, state, nonce, code_verifier, next_path, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      attempt.id,
      attempt.tenantId,
      attempt.state,
      attempt.nonce,
      attempt.codeVerifier,
      attempt.nextPath,
      attempt.expiresAt,
    ],
  );
}

/** The live attempt, deleted as it is read: a callback is answered once, a replayed one finds nothing. */
export async function takeAttempt(db: Sql, id: string, now: Date): Promise<OidcAttempt | undefined> {
  const [row] = await queryRows<{
    id: string;
    tenant_id: string;
    state: string;
    nonce: string;
    code_verifier: string;
    next_path: string;
    expires_at: Date;
  }>(
    db,
    `DELETE FROM identity_oidc_attempts WHERE id = $1
     RETURNING id, tenant_id, state, nonce, code_verifier, next_path, expires_at`,
    [id],
  );
  if (!row || row.expires_at <= now) return undefined;
  return {
    id: row.id,
    tenantId: row.tenant_id,
    state: row.state,
    nonce: row.nonce,
    codeVerifier: row.code_verifier,
    nextPath: row.next_path,
    expiresAt: row.expires_at,
  };
}
