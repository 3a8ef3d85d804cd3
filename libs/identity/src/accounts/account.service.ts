import type { DataSource } from 'typeorm';
import type { PasswordHasher } from '../passwords/password-hasher.js';
import type { OrganisationRole } from '../principal.js';
import { deleteSessionsOfAccount } from '../sessions/session.store.js';
import type { Clock } from '../shared/clock.js';
import { AccountNotFoundError, LastAdminError } from '../shared/identity-errors.js';
import { lockTenantAdmins, type Sql } from '../shared/sql.js';
import { type Account, accountFromRow, type AccountRow, canonicalRoles } from './account.js';
import {
  countActiveAdmins,
  findAccountByEmail,
  findAccountById,
  insertAccount,
  listAccountRows,
  markAccountDisabled,
  updateAccountRoles,
  updateAccountUnits,
} from './account.store.js';
import { type NewAccount, newAccountRow } from './new-account.js';

/**
 * Accounts of one organisation (tenant) each: every method takes the tenant, and an id from
 * another tenant is "not found". Organisation roles live here; group roles come from membership.
 */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  /** Throws EmailTakenError when the tenant has an account with this e-mail (in any case). */
  async create(input: NewAccount): Promise<Account> {
    const row = await newAccountRow(input, this.hasher, this.clock.now());
    return accountFromRow(await insertAccount(this.dataSource, row));
  }

  async find(tenantId: string, accountId: string): Promise<Account | undefined> {
    const row = await findAccountById(this.dataSource, tenantId, accountId);
    return row && accountFromRow(row);
  }

  async get(tenantId: string, accountId: string): Promise<Account> {
    const account = await this.find(tenantId, accountId);
    if (!account) throw new AccountNotFoundError(accountId);
    return account;
  }

  async findByEmail(tenantId: string, email: string): Promise<Account | undefined> {
    const row = await findAccountByEmail(this.dataSource, tenantId, email);
    return row && accountFromRow(row);
  }

  async list(tenantId: string): Promise<Account[]> {
    return (await listAccountRows(this.dataSource, tenantId)).map(accountFromRow);
  }

  /** Replaces the account's organisation roles. Refuses to take admin from the last active admin. */
  async setRoles(tenantId: string, accountId: string, roles: readonly OrganisationRole[]): Promise<Account> {
    const wanted = canonicalRoles(roles);
    return this.changeAdmins(tenantId, accountId, async (tx, current) => {
      if (!wanted.includes('admin')) await assertNotLastAdmin(tx, current);
      return updateAccountRoles(tx, tenantId, accountId, wanted);
    });
  }

  /**
   * Replaces the units the account is an employee of (distinct, in the order given). The caller
   * checks that the units exist in the organisation: identity does not know the organisation.
   */
  async setUnits(tenantId: string, accountId: string, unitIds: readonly string[]): Promise<Account> {
    const row = await updateAccountUnits(this.dataSource, tenantId, accountId, [...new Set(unitIds)]);
    if (!row) throw new AccountNotFoundError(accountId);
    return accountFromRow(row);
  }

  /**
   * The account can no longer sign in; its sessions end now and its API tokens stop working.
   * Idempotent. Refuses to disable the last active admin.
   */
  async disable(tenantId: string, accountId: string): Promise<Account> {
    return this.changeAdmins(tenantId, accountId, async (tx, current) => {
      await assertNotLastAdmin(tx, current);
      await deleteSessionsOfAccount(tx, accountId);
      return markAccountDisabled(tx, tenantId, accountId, this.clock.now());
    });
  }

  /** Runs a change with the tenant's admins locked, so two admins demoting each other cannot both win. */
  private async changeAdmins(
    tenantId: string,
    accountId: string,
    change: (tx: Sql, current: AccountRow) => Promise<AccountRow | undefined>,
  ): Promise<Account> {
    return this.dataSource.transaction(async (tx) => {
      await lockTenantAdmins(tx, tenantId);
      const current = await findAccountById(tx, tenantId, accountId);
      if (!current) throw new AccountNotFoundError(accountId);
      const changed = await change(tx, current);
      if (!changed) throw new AccountNotFoundError(accountId);
      return accountFromRow(changed);
    });
  }
}

async function assertNotLastAdmin(tx: Sql, account: AccountRow): Promise<void> {
  const isActiveAdmin = account.roles.includes('admin') && account.disabled_at === null;
  if (isActiveAdmin && (await countActiveAdmins(tx, account.tenant_id)) <= 1) throw new LastAdminError();
}
