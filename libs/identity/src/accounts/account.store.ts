import { EmailTakenError } from '../shared/identity-errors.js';
import { isUniqueViolation, queryRows, type Sql } from '../shared/sql.js';
import { isUuid } from '../shared/uuid.js';
import { ACCOUNT_COLUMNS, type AccountRow } from './account.js';

/** SQL for identity_accounts. Every read and write names the tenant: no query crosses organisations. */

export async function insertAccount(db: Sql, row: AccountRow): Promise<AccountRow> {
  try {
    const [inserted] = await queryRows<AccountRow>(
      db,
      `INSERT INTO identity_accounts (${ACCOUNT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING ${ACCOUNT_COLUMNS}`,
      [
        row.id,
        row.tenant_id,
        row.email,
        row.display_name,
        row.password_hash,
        row.roles,
        row.unit_ids,
        row.created_at,
        row.disabled_at,
      ],
    );
    return inserted;
  } catch (error) {
    if (isUniqueViolation(error, 'identity_accounts_email_per_tenant')) throw new EmailTakenError(row.email);
    throw error;
  }
}

export async function findAccountById(
  db: Sql,
  tenantId: string,
  id: string,
): Promise<AccountRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await queryRows<AccountRow>(
    db,
    `SELECT ${ACCOUNT_COLUMNS} FROM identity_accounts WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id],
  );
  return row;
}

export async function findAccountByEmail(
  db: Sql,
  tenantId: string,
  email: string,
): Promise<AccountRow | undefined> {
  const [row] = await queryRows<AccountRow>(
    db,
    `SELECT ${ACCOUNT_COLUMNS} FROM identity_accounts WHERE tenant_id = $1 AND lower(email) = lower($2)`,
    [tenantId, email.trim()],
  );
  return row;
}

export function listAccountRows(db: Sql, tenantId: string): Promise<AccountRow[]> {
  return queryRows<AccountRow>(
    db,
    `SELECT ${ACCOUNT_COLUMNS} FROM identity_accounts WHERE tenant_id = $1 ORDER BY lower(email), id`,
    [tenantId],
  );
}

export async function updateAccountRoles(
  db: Sql,
  tenantId: string,
  id: string,
  roles: string[],
): Promise<AccountRow | undefined> {
  const [row] = await queryRows<AccountRow>(
    db,
    `UPDATE identity_accounts SET roles = $3 WHERE tenant_id = $1 AND id = $2 RETURNING ${ACCOUNT_COLUMNS}`,
    [tenantId, id, roles],
  );
  return row;
}

export async function updateAccountUnits(
  db: Sql,
  tenantId: string,
  id: string,
  unitIds: string[],
): Promise<AccountRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await queryRows<AccountRow>(
    db,
    `UPDATE identity_accounts SET unit_ids = $3 WHERE tenant_id = $1 AND id = $2 RETURNING ${ACCOUNT_COLUMNS}`,
    [tenantId, id, unitIds],
  );
  return row;
}

/** Idempotent: disabling twice keeps the first time. */
export async function markAccountDisabled(
  db: Sql,
  tenantId: string,
  id: string,
  at: Date,
): Promise<AccountRow | undefined> {
  const [row] = await queryRows<AccountRow>(
    db,
    `UPDATE identity_accounts SET disabled_at = coalesce(disabled_at, $3)
     WHERE tenant_id = $1 AND id = $2 RETURNING ${ACCOUNT_COLUMNS}`,
    [tenantId, id, at],
  );
  return row;
}

/** Admins who can still sign in. */
export async function countActiveAdmins(db: Sql, tenantId: string): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    `SELECT count(*)::int AS count FROM identity_accounts
     WHERE tenant_id = $1 AND 'admin' = ANY (roles) AND disabled_at IS NULL`,
    [tenantId],
  );
  return row.count;
}
