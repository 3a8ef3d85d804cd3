import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountService, PasswordHasher, systemClock } from '#libs/identity';
import { ReminderAccounts } from '#libs/reminders';
import { ReminderAccountsFromIdentity } from './reminder-accounts-from-identity.js';

/**
 * The reminders context's port to the accounts, for the worker. The worker process has no
 * IdentityModule (no sign-in, no routes), so the adapter reads through an AccountService of its
 * own; it only lists accounts (the hasher and clock are for creating them, never used here).
 */
@Global()
@Module({
  providers: [
    {
      provide: ReminderAccounts,
      useFactory: (dataSource: DataSource) =>
        new ReminderAccountsFromIdentity(new AccountService(dataSource, new PasswordHasher(), systemClock)),
      inject: [DataSource],
    },
  ],
  exports: [ReminderAccounts],
})
export class ReminderPortsModule {}
