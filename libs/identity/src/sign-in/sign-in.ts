import { LoginThrottle } from '../login-throttle/login-throttle.js';
import { SessionService, type StartedSession } from '../sessions/session.service.js';

export interface SignInRequest {
  tenantId: string;
  email: string;
  password: string;
  /** The client's address as the HTTP server sees it: the throttle counts failures per address too. */
  clientAddress: string | undefined;
  /** The session token the browser still had, if any: it is ended, so signing in rotates the session. */
  previousSessionToken?: string;
}

/**
 * Signing in by password, the one use case behind POST /api/auth/login and the sign-in page:
 * throttled (429 AUTH.TOO_MANY_ATTEMPTS), one error for every wrong combination (401
 * AUTH.INVALID_CREDENTIALS), and a new session that replaces the one the browser had.
 */
export class SignIn {
  constructor(
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  async run({ previousSessionToken, password, ...attempt }: SignInRequest): Promise<StartedSession> {
    const session = await this.throttle.attempt(attempt, () => this.sessions.login({ ...attempt, password }));
    // A browser signing in again replaces its session rather than leaving the old one alive.
    if (previousSessionToken) await this.sessions.logout(previousSessionToken);
    return session;
  }
}
