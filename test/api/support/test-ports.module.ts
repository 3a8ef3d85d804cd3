import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountService, PasswordHasher, systemClock } from '#libs/identity';
import { PresenterAccounts } from '#libs/meetings';
import { PresenterAccountsFromIdentity } from '#libs/service';

/**
 * The test-principal app has no IdentityModule (its principals come from a header), so it provides
 * the contexts' ports itself, with the production adapter over identity's accounts table: the
 * principals have no accounts there, so a presenter is known by being a member of the group.
 */
@Global()
@Module({
  providers: [
    {
      provide: PresenterAccounts,
      useFactory: (dataSource: DataSource) =>
        new PresenterAccountsFromIdentity(new AccountService(dataSource, new PasswordHasher(), systemClock)),
      inject: [DataSource],
    },
  ],
  exports: [PresenterAccounts],
})
export class TestPortsModule {}
