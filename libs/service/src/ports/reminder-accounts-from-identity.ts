import { Injectable } from '@nestjs/common';
import type { AccountService } from '#libs/identity';
import { type ReminderAccount, ReminderAccounts } from '#libs/reminders';

/** The reminders context's ReminderAccounts port, answered from identity's accounts (one query per tenant). */
@Injectable()
export class ReminderAccountsFromIdentity extends ReminderAccounts {
  constructor(private readonly accounts: AccountService) {
    super();
  }

  async accountsOf(tenantId: string): Promise<Map<string, ReminderAccount>> {
    const accounts = await this.accounts.list(tenantId);
    return new Map(
      accounts.map((account) => [
        account.id,
        {
          accountId: account.id,
          email: account.email,
          displayName: account.displayName,
          active: account.disabledAt === null,
          hr: account.roles.includes('hr'),
        },
      ]),
    );
  }
}
