import type { DataSource } from 'typeorm';
import type { Clock } from '../shared/clock.js';
import { InvalidCredentialsError, TooManyLoginAttemptsError } from '../shared/identity-errors.js';
import type { IdentitySettings } from '../shared/identity-settings.js';
import { queryRows } from '../shared/sql.js';

export interface LoginAttempt {
  tenantId: string;
  email: string;
  /** The client's address as the HTTP server sees it (behind a proxy: the proxy's, unless trusted). */
  clientAddress: string | undefined;
}

type Scope = 'account' | 'client';

interface Counter {
  scope: Scope;
  subject: string;
}

export type LoginThrottleSettings = Pick<
  IdentitySettings,
  'loginFailuresPerAccount' | 'loginFailuresPerClient' | 'loginFailureWindowMs'
>;

/**
 * Limits failed sign-ins per account (tenant and e-mail, existing or not) and per client address
 * within a fixed window, counted in identity_login_failures so that every process shares the
 * count. Over the limit, every attempt is refused with 429 AUTH.TOO_MANY_ATTEMPTS and Retry-After
 * until the window has passed, the right password included (or guessing would go on, only the
 * successes being hidden); refused attempts are not counted, so the window does end. A successful
 * sign-in clears the account's count, not the client's (one address may try many accounts).
 * Two attempts at the same instant may both pass at the last allowed failure: the limit is
 * reached one attempt late at worst, which changes nothing for guessing.
 */
export class LoginThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: LoginThrottleSettings,
  ) {}

  /** Runs the sign-in unless throttled, counting a failure or clearing the account's count. */
  async attempt<T>(attempt: LoginAttempt, login: () => Promise<T>): Promise<T> {
    await this.refuseWhenOverLimit(attempt);
    try {
      const result = await login();
      await this.clear(accountCounter(attempt));
      return result;
    } catch (error) {
      if (error instanceof InvalidCredentialsError) await this.countFailure(attempt);
      throw error;
    }
  }

  private async refuseWhenOverLimit(attempt: LoginAttempt): Promise<void> {
    const now = this.clock.now();
    const counters = countersOf(attempt);
    const rows = await queryRows<{ scope: Scope; window_started_at: Date; failures: number }>(
      this.dataSource,
      `SELECT scope, window_started_at, failures FROM identity_login_failures
        WHERE (scope, subject) IN (SELECT * FROM unnest($1::text[], $2::text[])) AND window_started_at > $3`,
      [
        counters.map(({ scope }) => scope),
        counters.map(({ subject }) => subject),
        this.windowStartBefore(now),
      ],
    );
    const ends = rows
      .filter(({ scope, failures }) => failures >= this.limitOf(scope))
      .map(({ window_started_at }) => window_started_at.getTime() + this.settings.loginFailureWindowMs);
    if (ends.length > 0) throw new TooManyLoginAttemptsError((Math.max(...ends) - now.getTime()) / 1000);
  }

  private async countFailure(attempt: LoginAttempt): Promise<void> {
    const now = this.clock.now();
    const windowStart = this.windowStartBefore(now);
    for (const { scope, subject } of countersOf(attempt)) {
      await this.dataSource.query(
        `INSERT INTO identity_login_failures AS f (scope, subject, window_started_at, failures)
         VALUES ($1, $2, $3, 1)
         ON CONFLICT (scope, subject) DO UPDATE SET
           failures = CASE WHEN f.window_started_at <= $4 THEN 1 ELSE f.failures + 1 END,
           window_started_at = CASE WHEN f.window_started_at <= $4 THEN $3 ELSE f.window_started_at END`,
        [scope, subject, now, windowStart],
      );
    }
    // Windows that have passed count for nothing: keep the table as small as the attacks are recent.
    await this.dataSource.query('DELETE FROM identity_login_failures WHERE window_started_at <= $1', [
      windowStart,
    ]);
  }

  private async clear({ scope, subject }: Counter): Promise<void> {
    await this.dataSource.query('DELETE FROM identity_login_failures WHERE scope = $1 AND subject = $2', [
      scope,
      subject,
    ]);
  }

  private windowStartBefore(now: Date): Date {
    return new Date(now.getTime() - this.settings.loginFailureWindowMs);
  }

  private limitOf(scope: Scope): number {
    return scope === 'account' ? this.settings.loginFailuresPerAccount : this.settings.loginFailuresPerClient;
  }
}

/** The account as sign-in finds it: the tenant as given, the e-mail trimmed and in any case. */
const accountCounter = ({ tenantId, email }: LoginAttempt): Counter => ({
  scope: 'account',
  subject: `${tenantId}\n${email.trim().toLowerCase()}`,
});

function countersOf(attempt: LoginAttempt): Counter[] {
  const counters = [accountCounter(attempt)];
  if (attempt.clientAddress) counters.push({ scope: 'client', subject: attempt.clientAddress });
  return counters;
}
