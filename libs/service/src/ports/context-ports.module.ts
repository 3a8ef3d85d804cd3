import { Global, Module } from '@nestjs/common';
import { PresenterAccounts } from '#libs/meetings';
import { PresenterAccountsFromIdentity } from './presenter-accounts-from-identity.js';

/**
 * The ports a context declares for what lives outside it (a lower context never imports a higher
 * one, and none of them reads identity's tables), provided here in the composition root. Global,
 * as IdentityModule is, so MeetingsHttpModule resolves its ports however it is imported (directly,
 * or through MeetingDocumentsHttpModule). Needs IdentityModule (AccountService).
 */
@Global()
@Module({
  providers: [{ provide: PresenterAccounts, useClass: PresenterAccountsFromIdentity }],
  exports: [PresenterAccounts],
})
export class ContextPortsModule {}
