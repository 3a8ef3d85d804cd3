const HOUR = 60 * 60 * 1000;

export interface IdentitySettings {
  /** Sliding expiry: a session not used for this long ends. */
  sessionIdleMs: number;
  /** Absolute expiry: a session ends this long after login, however busy. */
  sessionMaxMs: number;
  /**
   * last_seen_at (sessions) and last_used_at (tokens) are written at most this often, so that
   * authenticating a request is usually a read only. The sliding expiry may end up this much early.
   */
  touchIntervalMs: number;
  /** Send the session cookie with `Secure`: set it whenever the service is reached over HTTPS. */
  secureCookie: boolean;
  /** Failed sign-ins per account (tenant and e-mail) within the window before sign-in is refused (429). */
  loginFailuresPerAccount: number;
  /** Failed sign-ins per client address within the window: higher, since offices share an address. */
  loginFailuresPerClient: number;
  /** The throttle's fixed window. */
  loginFailureWindowMs: number;
}

export const DEFAULT_IDENTITY_SETTINGS: IdentitySettings = {
  sessionIdleMs: 8 * HOUR,
  sessionMaxMs: 24 * HOUR,
  touchIntervalMs: 60 * 1000,
  secureCookie: false,
  loginFailuresPerAccount: 10,
  loginFailuresPerClient: 100,
  loginFailureWindowMs: 15 * 60 * 1000,
};

/** DI token for the IdentitySettings in force. */
export const IDENTITY_SETTINGS = Symbol('IDENTITY_SETTINGS');
