import { ACCOUNT_COLUMNS, type AccountRow } from '../accounts/account.js';
import { qualify, queryRows, type Sql } from '../shared/sql.js';

/** SQL for identity_sessions. `id` is always the sha256 of the session token, never the token. */

export interface SessionRow {
  id: string;
  account_id: string;
  created_at: Date;
  expires_at: Date;
  last_seen_at: Date;
  /** The provider's ID token, for a session begun at the organisation's identity provider. */
  id_token: string | null;
}

export type SessionWithAccount = AccountRow & {
  session_created_at: Date;
  session_expires_at: Date;
  session_last_seen_at: Date;
};

export async function insertSession(db: Sql, row: SessionRow): Promise<void> {
  await db.query(
    `INSERT INTO identity_sessions (id, account_id, created_at, expires_at, last_seen_at, id_token)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [row.id, row.account_id, row.created_at, row.expires_at, row.last_seen_at, row.id_token],
  );
}

/** The session with its account, if it has not expired at `now` and the account is not disabled. */
export async function findLiveSession(
  db: Sql,
  id: string,
  now: Date,
): Promise<SessionWithAccount | undefined> {
  const [row] = await queryRows<SessionWithAccount>(
    db,
    `SELECT ${qualify(ACCOUNT_COLUMNS, 'a')}, s.created_at AS session_created_at, s.expires_at AS session_expires_at,
            s.last_seen_at AS session_last_seen_at
     FROM identity_sessions s JOIN identity_accounts a ON a.id = s.account_id
     WHERE s.id = $1 AND s.expires_at > $2 AND a.disabled_at IS NULL`,
    [id, now],
  );
  return row;
}

export async function touchSession(db: Sql, id: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
  await db.query('UPDATE identity_sessions SET last_seen_at = $2, expires_at = $3 WHERE id = $1', [
    id,
    lastSeenAt,
    expiresAt,
  ]);
}

export async function deleteSession(db: Sql, id: string): Promise<void> {
  await db.query('DELETE FROM identity_sessions WHERE id = $1', [id]);
}

/** Deletes the session, telling whose organisation it was and the ID token it began with, if any. */
export async function deleteSessionReturning(
  db: Sql,
  id: string,
): Promise<{ tenant_id: string; id_token: string | null } | undefined> {
  const [row] = await queryRows<{ tenant_id: string; id_token: string | null }>(
    db,
    `DELETE FROM identity_sessions s USING identity_accounts a
     WHERE s.id = $1 AND a.id = s.account_id RETURNING a.tenant_id, s.id_token`,
    [id],
  );
  return row;
}

export async function deleteSessionsOfAccount(db: Sql, accountId: string): Promise<void> {
  await db.query('DELETE FROM identity_sessions WHERE account_id = $1', [accountId]);
}

/** Housekeeping at login, so expired rows do not pile up for people who never log out. */
export async function deleteExpiredSessionsOfAccount(db: Sql, accountId: string, now: Date): Promise<void> {
  await db.query('DELETE FROM identity_sessions WHERE account_id = $1 AND expires_at <= $2', [
    accountId,
    now,
  ]);
}
