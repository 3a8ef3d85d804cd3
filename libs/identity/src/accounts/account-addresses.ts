import type { EntityManager } from 'typeorm';

export interface AccountAddress {
  email: string;
  displayName: string;
}

/**
 * The e-mail addresses of people, by person id (a member's person id is their account's id), in
 * the caller's transaction. A person without an account, or whose account is disabled, is not in
 * the answer: nothing is sent to them. Ids that are not uuids (people recorded by name only) match
 * no account.
 */
export async function accountAddresses(
  manager: EntityManager,
  tenantId: string,
  personIds: readonly string[],
): Promise<Map<string, AccountAddress>> {
  if (personIds.length === 0) return new Map();
  const rows: { id: string; email: string; display_name: string }[] = await manager.query(
    `SELECT id::text AS id, email, display_name FROM identity_accounts
     WHERE tenant_id = $1 AND id::text = ANY($2::text[]) AND disabled_at IS NULL`,
    [tenantId, [...new Set(personIds)]],
  );
  return new Map(rows.map((row) => [row.id, { email: row.email, displayName: row.display_name }]));
}

/** The active accounts with an organisation role (HR's digest goes to every 'hr' account). */
export async function accountsWithRole(
  manager: EntityManager,
  tenantId: string,
  role: 'admin' | 'hr',
): Promise<(AccountAddress & { accountId: string })[]> {
  const rows: { id: string; email: string; display_name: string }[] = await manager.query(
    `SELECT id::text AS id, email, display_name FROM identity_accounts
     WHERE tenant_id = $1 AND $2 = ANY(roles) AND disabled_at IS NULL ORDER BY lower(email)`,
    [tenantId, role],
  );
  return rows.map((row) => ({ accountId: row.id, email: row.email, displayName: row.display_name }));
}
