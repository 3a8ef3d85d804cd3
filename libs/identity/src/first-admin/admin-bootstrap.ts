import type { DataSource } from 'typeorm';
import { type Account, accountFromRow, canonicalRoles } from '../accounts/account.js';
import {
  countActiveAdmins,
  findAccountByEmail,
  insertAccount,
  updateAccountRoles,
} from '../accounts/account.store.js';
import { type NewAccount, newAccountRow } from '../accounts/new-account.js';
import type { PasswordHasher } from '../passwords/password-hasher.js';
import type { Clock } from '../shared/clock.js';
import { InvalidAccountInputError } from '../shared/identity-errors.js';
import { lockTenantAdmins } from '../shared/sql.js';

/** What the admin bootstrap needs; the IdentityModule provides each, a command builds them itself. */
export interface IdentityDependencies {
  dataSource: DataSource;
  hasher: PasswordHasher;
  clock: Clock;
}

export type FirstAdminSettings = Omit<NewAccount, 'roles'>;

export type FirstAdminOutcome =
  | { outcome: 'not-configured' }
  | { outcome: 'created'; account: Account }
  /** The tenant has an active admin already: nothing is changed, whoever it is. */
  | { outcome: 'admin-exists' }
  /** No admin yet, but the e-mail belongs to an existing account: left alone (its password too). */
  | { outcome: 'email-taken'; account: Account };

/**
 * At boot: when ADMIN_EMAIL and ADMIN_PASSWORD are set and the tenant has no active admin, create
 * one. Idempotent and safe with several processes booting at once (the tenant's admins are locked).
 * It never changes an existing account, so a password in the environment cannot take one over.
 */
export async function ensureFirstAdmin(
  { dataSource, hasher, clock }: IdentityDependencies,
  settings: FirstAdminSettings | undefined,
): Promise<FirstAdminOutcome> {
  if (!settings) return { outcome: 'not-configured' };
  // Hashed before taking the lock, so other processes do not wait for scrypt.
  const row = await newAccountRow({ ...settings, roles: ['admin'] }, hasher, clock.now());
  return dataSource.transaction(async (tx): Promise<FirstAdminOutcome> => {
    await lockTenantAdmins(tx, row.tenant_id);
    if ((await countActiveAdmins(tx, row.tenant_id)) > 0) return { outcome: 'admin-exists' };
    const existing = await findAccountByEmail(tx, row.tenant_id, row.email);
    if (existing) return { outcome: 'email-taken', account: accountFromRow(existing) };
    return { outcome: 'created', account: accountFromRow(await insertAccount(tx, row)) };
  });
}

export type AdminCommandOutcome =
  | { outcome: 'created'; account: Account }
  /** The account existed: it got the admin role; its password is unchanged. */
  | { outcome: 'promoted'; account: Account }
  | { outcome: 'already-admin'; account: Account };

/**
 * For an operator at the command line: make this e-mail an admin of the tenant, creating the
 * account when there is none. Unlike ensureFirstAdmin it acts even when the tenant has admins,
 * because someone with shell access asked for it; it still never changes a password.
 */
export async function createOrPromoteAdmin(
  { dataSource, hasher, clock }: IdentityDependencies,
  input: FirstAdminSettings,
): Promise<AdminCommandOutcome> {
  const row = await newAccountRow({ ...input, roles: ['admin'] }, hasher, clock.now());
  return dataSource.transaction(async (tx): Promise<AdminCommandOutcome> => {
    await lockTenantAdmins(tx, row.tenant_id);
    const existing = await findAccountByEmail(tx, row.tenant_id, row.email);
    if (!existing) return { outcome: 'created', account: accountFromRow(await insertAccount(tx, row)) };
    if (existing.disabled_at !== null) {
      throw new InvalidAccountInputError(`the account ${existing.email} is disabled; it was left unchanged`);
    }
    if (existing.roles.includes('admin'))
      return { outcome: 'already-admin', account: accountFromRow(existing) };
    const roles = canonicalRoles([...existing.roles, 'admin']);
    const promoted = await updateAccountRoles(tx, row.tenant_id, existing.id, roles);
    return { outcome: 'promoted', account: accountFromRow(promoted ?? existing) };
  });
}
