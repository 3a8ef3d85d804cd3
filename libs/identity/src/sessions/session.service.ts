import type { DataSource } from 'typeorm';
import { principalFromRow } from '../accounts/account.js';
import type { AccountRow } from '../accounts/account.js';
import { findAccountByEmail } from '../accounts/account.store.js';
import type { PasswordHasher } from '../passwords/password-hasher.js';
import type { Principal } from '../principal.js';
import type { Clock } from '../shared/clock.js';
import { InvalidCredentialsError } from '../shared/identity-errors.js';
import type { IdentitySettings } from '../shared/identity-settings.js';
import { randomSecret, sha256Hex } from '../shared/secret-token.js';
import {
  deleteExpiredSessionsOfAccount,
  deleteSession,
  deleteSessionReturning,
  findLiveSession,
  insertSession,
  touchSession,
} from './session.store.js';

export interface LoginRequest {
  tenantId: string;
  email: string;
  password: string;
}

export interface StartedSession {
  /** The opaque token for the cookie. Only its sha256 is stored, so this is the one chance to send it. */
  token: string;
  /** The absolute end; the sliding one may come sooner. */
  expiresAt: Date;
  principal: Principal;
}

/** 32 bytes in base64url, as randomSecret makes them; anything else is not worth a query. */
const SESSION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Browser sessions: login by password, resolve the cookie's token to a Principal, logout. */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    private readonly settings: Pick<IdentitySettings, 'sessionIdleMs' | 'sessionMaxMs' | 'touchIntervalMs'>,
  ) {}

  /**
   * Throws InvalidCredentialsError alike for an unknown e-mail, a wrong password and a disabled
   * account, after a password hash verification in each case, so neither the answer nor its
   * timing tells which e-mail addresses have accounts.
   */
  async login({ tenantId, email, password }: LoginRequest): Promise<StartedSession> {
    const account = await findAccountByEmail(this.dataSource, tenantId, email);
    const passwordMatches = account
      ? await this.hasher.verify(password, account.password_hash)
      : await this.hasher.verifyDummy(password);
    if (!account || !passwordMatches || account.disabled_at !== null) throw new InvalidCredentialsError();
    return this.startFor(account);
  }

  /**
   * A new session for an account whose password was just checked (sign-in, password change), or
   * that the organisation's identity provider vouched for (with the ID token it sent).
   */
  async startFor(account: AccountRow, { idToken }: { idToken?: string } = {}): Promise<StartedSession> {
    const now = this.clock.now();
    const token = randomSecret();
    const absoluteEnd = new Date(now.getTime() + this.settings.sessionMaxMs);
    await deleteExpiredSessionsOfAccount(this.dataSource, account.id, now);
    await insertSession(this.dataSource, {
      id: sha256Hex(token),
      account_id: account.id,
      created_at: now,
      expires_at: this.expiryAfterUse(now, now),
      last_seen_at: now,
      id_token: idToken ?? null,
    });
    return { token, expiresAt: absoluteEnd, principal: principalFromRow(account, 'session') };
  }

  /** The session's principal, or undefined when the token is unknown, expired, or its account disabled. */
  async resolve(token: string): Promise<Principal | undefined> {
    if (!SESSION_TOKEN.test(token)) return undefined;
    const now = this.clock.now();
    const id = sha256Hex(token);
    const session = await findLiveSession(this.dataSource, id, now);
    if (!session) return undefined;
    if (now.getTime() - session.session_last_seen_at.getTime() >= this.settings.touchIntervalMs) {
      await touchSession(this.dataSource, id, now, this.expiryAfterUse(session.session_created_at, now));
    }
    return principalFromRow(session, 'session');
  }

  /** Ends the session. Unknown or already ended tokens are fine: logging out twice is not an error. */
  async logout(token: string): Promise<void> {
    if (SESSION_TOKEN.test(token)) await deleteSession(this.dataSource, sha256Hex(token));
  }

  /**
   * Ends the session like logout, telling whose organisation it was and the ID token it began
   * with (null for a password sign-in), so that signing out can go on at the identity provider.
   */
  async end(token: string): Promise<{ tenantId: string; idToken: string | null } | undefined> {
    if (!SESSION_TOKEN.test(token)) return undefined;
    const ended = await deleteSessionReturning(this.dataSource, sha256Hex(token));
    return ended && { tenantId: ended.tenant_id, idToken: ended.id_token };
  }

  /** Whichever comes first: idle time after this use, or the absolute end after login. */
  private expiryAfterUse(createdAt: Date, usedAt: Date): Date {
    const idleEnd = usedAt.getTime() + this.settings.sessionIdleMs;
    const absoluteEnd = createdAt.getTime() + this.settings.sessionMaxMs;
    return new Date(Math.min(idleEnd, absoluteEnd));
  }
}
