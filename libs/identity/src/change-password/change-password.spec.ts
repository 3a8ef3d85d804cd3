import type { AccountRow } from '../accounts/account.js';
import type { LoginAttempt } from '../login-throttle/login-throttle.js';
import { PasswordHasher } from '../passwords/password-hasher.js';
import { PASSWORD_MIN_LENGTH } from '../passwords/password-policy.js';
import type { StartedSession } from '../sessions/session.service.js';
import {
  IDENTITY_ERROR,
  InvalidCredentialsError,
  PasswordPolicyError,
  TooManyLoginAttemptsError,
} from '../shared/identity-errors.js';
import { ChangePassword, type PasswordAccounts } from './change-password.js';

const CURRENT = 'det gamla långa lösenordet';
const NEW = 'ett nytt och ännu längre lösenord';

/** Cheap parameters: the spec is about the rules, not about scrypt's cost. */
const hasher = new PasswordHasher({ N: 1024, r: 8, p: 1 });

/** The accounts table and its sessions, in memory. */
class FakeAccounts implements PasswordAccounts {
  readonly sessionsEnded: string[] = [];
  constructor(readonly rows: AccountRow[]) {}
  async find(tenantId: string, accountId: string) {
    return this.rows.find((row) => row.tenant_id === tenantId && row.id === accountId);
  }
  async replacePassword(tenantId: string, accountId: string, passwordHash: string) {
    const row = await this.find(tenantId, accountId);
    if (row) row.password_hash = passwordHash;
    this.sessionsEnded.push(accountId);
  }
}

/** The throttle's contract: counts wrong passwords per account, refuses from the third. */
class FakeThrottle {
  readonly failures = new Map<string, number>();
  async attempt<T>(attempt: LoginAttempt, login: () => Promise<T>): Promise<T> {
    const key = `${attempt.tenantId}/${attempt.email}`;
    if ((this.failures.get(key) ?? 0) >= 3) throw new TooManyLoginAttemptsError(900);
    try {
      return await login();
    } catch (error) {
      if (error instanceof InvalidCredentialsError) this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
      throw error;
    }
  }
}

class FakeSessions {
  readonly started: AccountRow[] = [];
  async startFor(account: AccountRow): Promise<StartedSession> {
    this.started.push(account);
    return {
      token: `token-${this.started.length}`,
      expiresAt: new Date('2019-03-02T09:00:00Z'),
      principal: {
        accountId: account.id,
        tenantId: account.tenant_id,
        displayName: account.display_name,
        email: account.email,
        roles: [],
        units: [],
        via: 'session',
      },
    };
  }
}

async function given(overrides: Partial<AccountRow> = {}) {
  const row: AccountRow = {
    id: '6f1c1f0e-6a8a-4c8e-9a57-3c3b1f1f0001',
    tenant_id: 'exempelstad',
    email: 'marten.aberg@exempelstad.se',
    display_name: 'Mårten Åberg',
    password_hash: await hasher.hash(CURRENT),
    roles: [],
    unit_ids: [],
    created_at: new Date('2019-01-01T00:00:00Z'),
    disabled_at: null,
    ...overrides,
  };
  const accounts = new FakeAccounts([row]);
  const throttle = new FakeThrottle();
  const sessions = new FakeSessions();
  const changePassword = new ChangePassword(accounts, hasher, throttle, sessions);
  const request = {
    tenantId: row.tenant_id,
    accountId: row.id,
    currentPassword: CURRENT,
    newPassword: NEW,
    clientAddress: '127.0.0.1',
  };
  return { row, accounts, throttle, sessions, changePassword, request };
}

describe('changing one’s own password', () => {
  it('with the current password: stores the new one, ends every session and starts a new one', async () => {
    const { row, accounts, sessions, changePassword, request } = await given();
    const session = await changePassword.run(request);
    expect(await hasher.verify(NEW, row.password_hash)).toBe(true);
    expect(await hasher.verify(CURRENT, row.password_hash)).toBe(false);
    expect(accounts.sessionsEnded).toEqual([row.id]);
    expect(sessions.started.map(({ id }) => id)).toEqual([row.id]);
    expect(session.token).toBe('token-1');
  });

  it('refuses a wrong current password as a failed sign-in, and changes nothing', async () => {
    const { row, accounts, throttle, sessions, changePassword, request } = await given();
    const before = row.password_hash;
    await expect(changePassword.run({ ...request, currentPassword: 'fel lösenord' })).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
    expect(row.password_hash).toBe(before);
    expect(accounts.sessionsEnded).toEqual([]);
    expect(sessions.started).toEqual([]);
    expect(throttle.failures.get(`${row.tenant_id}/${row.email}`)).toBe(1);
  });

  it('refuses a new password shorter than the minimum before checking anything, and changes nothing', async () => {
    const { row, throttle, changePassword, request } = await given();
    const before = row.password_hash;
    const short = 'x'.repeat(PASSWORD_MIN_LENGTH - 1);
    const refusal = changePassword.run({ ...request, newPassword: short, currentPassword: 'fel' });
    await expect(refusal).rejects.toBeInstanceOf(PasswordPolicyError);
    await expect(refusal).rejects.toMatchObject({ code: IDENTITY_ERROR.PASSWORD_POLICY });
    expect(row.password_hash).toBe(before);
    // A mistyped new password is no guess at the current one.
    expect(throttle.failures.size).toBe(0);
  });

  it('accepts a new password of exactly the minimum length (counted in characters: å is one)', async () => {
    const { row, changePassword, request } = await given();
    const exact = 'å'.repeat(PASSWORD_MIN_LENGTH);
    await changePassword.run({ ...request, newPassword: exact });
    expect(await hasher.verify(exact, row.password_hash)).toBe(true);
  });

  it('is throttled like signing in: after too many wrong current passwords even the right one is refused', async () => {
    const { row, changePassword, request } = await given();
    const before = row.password_hash;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect(
        changePassword.run({ ...request, currentPassword: `gissning ${attempt}` }),
      ).rejects.toThrow();
    }
    await expect(changePassword.run(request)).rejects.toBeInstanceOf(TooManyLoginAttemptsError);
    expect(row.password_hash).toBe(before);
  });

  it('refuses a disabled account as it refuses a wrong password', async () => {
    const { changePassword, request, sessions } = await given({
      disabled_at: new Date('2019-02-01T00:00:00Z'),
    });
    await expect(changePassword.run(request)).rejects.toBeInstanceOf(InvalidCredentialsError);
    expect(sessions.started).toEqual([]);
  });
});
