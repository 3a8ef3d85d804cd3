import type { IdentitySettings } from '../shared/identity-settings.js';
import { SESSION_COOKIE } from './request-credentials.js';

/** The part of an Express (or any) response the cookie helpers need. */
export interface CookieResponse {
  append(field: string, value: string): unknown;
}

type CookieSettings = Pick<IdentitySettings, 'secureCookie'>;

/**
 * `Set-Cookie` for a new session. HttpOnly: page scripts (and so injected ones) cannot read it.
 * SameSite=Lax: other sites cannot make the browser send it with their POSTs. Path=/: pages and
 * the API share it. Expires at the session's absolute end; the sliding end is enforced server-side.
 */
export function sessionCookieHeader(
  token: string,
  expiresAt: Date,
  { secureCookie }: CookieSettings,
): string {
  return serialise(token, `Expires=${expiresAt.toUTCString()}`, secureCookie);
}

/** `Set-Cookie` that makes the browser drop the session cookie. */
export function clearedSessionCookieHeader({ secureCookie }: CookieSettings): string {
  return serialise('', 'Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0', secureCookie);
}

export function writeSessionCookie(
  response: CookieResponse,
  token: string,
  expiresAt: Date,
  settings: CookieSettings,
): void {
  response.append('Set-Cookie', sessionCookieHeader(token, expiresAt, settings));
}

export function clearSessionCookie(response: CookieResponse, settings: CookieSettings): void {
  response.append('Set-Cookie', clearedSessionCookieHeader(settings));
}

function serialise(value: string, expiry: string, secure: boolean): string {
  // The token is base64url, which needs no escaping in a cookie value.
  return `${SESSION_COOKIE}=${value}; Path=/; ${expiry}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}
