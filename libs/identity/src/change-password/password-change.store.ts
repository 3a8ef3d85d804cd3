import type { DataSource } from 'typeorm';
import type { AccountRow } from '../accounts/account.js';
import { findAccountById } from '../accounts/account.store.js';
import { deleteSessionsOfAccount } from '../sessions/session.store.js';
import { AccountNotFoundError } from '../shared/identity-errors.js';
import { queryRows } from '../shared/sql.js';
import type { PasswordAccounts } from './change-password.js';

/** identity_accounts and identity_sessions for ChangePassword. */
export class PasswordChangeStore implements PasswordAccounts {
  constructor(private readonly dataSource: DataSource) {}

  find(tenantId: string, accountId: string): Promise<AccountRow | undefined> {
    return findAccountById(this.dataSource, tenantId, accountId);
  }

  /** The new hash and the end of every old session together: no old session outlives the change. */
  async replacePassword(tenantId: string, accountId: string, passwordHash: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const updated = await queryRows<{ id: string }>(
        tx,
        'UPDATE identity_accounts SET password_hash = $3 WHERE tenant_id = $1 AND id = $2 RETURNING id',
        [tenantId, accountId, passwordHash],
      );
      if (updated.length === 0) throw new AccountNotFoundError(accountId);
      await deleteSessionsOfAccount(tx, accountId);
    });
  }
}
