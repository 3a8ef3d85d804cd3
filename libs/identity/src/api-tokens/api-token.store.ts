import { ACCOUNT_COLUMNS, type AccountRow } from '../accounts/account.js';
import { qualify, queryRows, type Sql } from '../shared/sql.js';
import { isUuid } from '../shared/uuid.js';

/** SQL for identity_api_tokens. Only the sha256 of a token is ever written. */

export interface ApiTokenRow {
  id: string;
  account_id: string;
  name: string;
  token_hash: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export type ApiTokenWithAccount = AccountRow & { token_id: string; token_last_used_at: Date | null };

const TOKEN_COLUMNS = 'id, account_id, name, token_hash, created_at, last_used_at, revoked_at';

export async function insertApiToken(db: Sql, row: ApiTokenRow): Promise<void> {
  await db.query(`INSERT INTO identity_api_tokens (${TOKEN_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
    row.id,
    row.account_id,
    row.name,
    row.token_hash,
    row.created_at,
    row.last_used_at,
    row.revoked_at,
  ]);
}

/** The token's account, if the token is not revoked and the account not disabled. */
export async function findLiveApiToken(db: Sql, tokenHash: string): Promise<ApiTokenWithAccount | undefined> {
  const [row] = await queryRows<ApiTokenWithAccount>(
    db,
    `SELECT ${qualify(ACCOUNT_COLUMNS, 'a')}, t.id AS token_id, t.last_used_at AS token_last_used_at
     FROM identity_api_tokens t JOIN identity_accounts a ON a.id = t.account_id
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND a.disabled_at IS NULL`,
    [tokenHash],
  );
  return row;
}

export async function touchApiToken(db: Sql, id: string, usedAt: Date): Promise<void> {
  await db.query('UPDATE identity_api_tokens SET last_used_at = $2 WHERE id = $1', [id, usedAt]);
}

/** The account's tokens, newest first; the tenant is checked through the account. */
export function listApiTokenRows(db: Sql, tenantId: string, accountId: string): Promise<ApiTokenRow[]> {
  if (!isUuid(accountId)) return Promise.resolve([]);
  return queryRows<ApiTokenRow>(
    db,
    `SELECT ${qualify(TOKEN_COLUMNS, 't')}
     FROM identity_api_tokens t JOIN identity_accounts a ON a.id = t.account_id
     WHERE a.tenant_id = $1 AND t.account_id = $2 ORDER BY t.created_at DESC, t.id`,
    [tenantId, accountId],
  );
}

/** Idempotent: revoking twice keeps the first time. Undefined when there is no such token. */
export async function markApiTokenRevoked(
  db: Sql,
  tenantId: string,
  accountId: string,
  tokenId: string,
  at: Date,
): Promise<ApiTokenRow | undefined> {
  if (!isUuid(accountId) || !isUuid(tokenId)) return undefined;
  const [row] = await queryRows<ApiTokenRow>(
    db,
    `UPDATE identity_api_tokens t SET revoked_at = coalesce(t.revoked_at, $4)
     FROM identity_accounts a
     WHERE a.id = t.account_id AND a.tenant_id = $1 AND t.account_id = $2 AND t.id = $3
     RETURNING ${qualify(TOKEN_COLUMNS, 't')}`,
    [tenantId, accountId, tokenId, at],
  );
  return row;
}
