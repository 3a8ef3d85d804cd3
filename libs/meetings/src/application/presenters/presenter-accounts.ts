/**
 * Port: who has an account in the organisation. A föredragande may be named by an account that is
 * not a member of the group (HR, a unit manager); the accounts are identity's, so this context
 * asks through this port and the composition root (libs/service) answers it from identity.
 * Provided globally, so every module that builds MeetingsHttpModule resolves it.
 */
export abstract class PresenterAccounts {
  /** Of these person ids, the ones with an account in the tenant (a disabled account still names a real person). */
  abstract withAccount(tenantId: string, personIds: readonly string[]): Promise<string[]>;
}
