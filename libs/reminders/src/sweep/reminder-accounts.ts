/** An account as the reminders need it: where to write, to whom, and whether HR gets the digest. */
export interface ReminderAccount {
  accountId: string;
  email: string;
  displayName: string;
  /** False once disabled: nothing is sent to it. */
  active: boolean;
  hr: boolean;
}

/**
 * The port to the accounts (identity's, provided by the composition root: this context does not
 * read identity's tables). A person's id in a group or follow-up is their account's id.
 */
export abstract class ReminderAccounts {
  /** Every account of the tenant by id; asked once per tenant and sweep. */
  abstract accountsOf(tenantId: string): Promise<Map<string, ReminderAccount>>;
}
