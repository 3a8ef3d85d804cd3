import type { AccountRow } from '../accounts/account.js';
import type { LoginThrottle } from '../login-throttle/login-throttle.js';
import type { PasswordHasher } from '../passwords/password-hasher.js';
import { assertPasswordPolicy } from '../passwords/password-policy.js';
import type { SessionService, StartedSession } from '../sessions/session.service.js';
import { InvalidCredentialsError } from '../shared/identity-errors.js';

export interface ChangePasswordRequest {
  tenantId: string;
  /** The signed-in account: a person changes only their own password. */
  accountId: string;
  currentPassword: string;
  newPassword: string;
  /** As for signing in: the throttle counts a wrong current password per account and address. */
  clientAddress: string | undefined;
}

/** What the use case reads and writes of the account (PasswordChangeStore in production). */
export interface PasswordAccounts {
  find(tenantId: string, accountId: string): Promise<AccountRow | undefined>;
  /** Stores the new hash and ends every session of the account, in one transaction. */
  replacePassword(tenantId: string, accountId: string, passwordHash: string): Promise<void>;
}

/**
 * A signed-in person changes their own password. The current password is required (a session
 * left open on a shared computer must not be enough to take the account over) and checked under
 * the sign-in throttle, so it cannot be guessed faster than a sign-in; the new one must meet the
 * password policy (PASSWORD_MIN_LENGTH). Every session of the account ends, on every device, and
 * the caller gets a new one: the session is rotated as at sign-in.
 *
 * Errors: IDENTITY.PASSWORD_POLICY (400) for the new password, AUTH.INVALID_CREDENTIALS for a
 * wrong current one, AUTH.TOO_MANY_ATTEMPTS (429) once throttled. Nothing changes on any of them.
 */
export class ChangePassword {
  constructor(
    private readonly accounts: PasswordAccounts,
    private readonly hasher: PasswordHasher,
    private readonly throttle: Pick<LoginThrottle, 'attempt'>,
    private readonly sessions: Pick<SessionService, 'startFor'>,
  ) {}

  async run(request: ChangePasswordRequest): Promise<StartedSession> {
    // First, so a mistyped new password neither costs a hash nor counts as a failed attempt.
    assertPasswordPolicy(request.newPassword);
    const account = await this.accounts.find(request.tenantId, request.accountId);
    if (!account || account.disabled_at !== null) throw new InvalidCredentialsError();
    const attempt = {
      tenantId: request.tenantId,
      email: account.email,
      clientAddress: request.clientAddress,
    };
    await this.throttle.attempt(attempt, async () => {
      if (!(await this.hasher.verify(request.currentPassword, account.password_hash))) {
        throw new InvalidCredentialsError();
      }
    });
    const passwordHash = await this.hasher.hash(request.newPassword);
    await this.accounts.replacePassword(request.tenantId, account.id, passwordHash);
    return this.sessions.startFor({ ...account, password_hash: passwordHash });
  }
}
