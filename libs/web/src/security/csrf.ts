import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * CSRF tokens for the pages' forms: a synchronizer token tied to the session without any storage.
 * The token is HMAC-SHA256 keyed with the secret the browser holds in an HttpOnly cookie (the
 * session token once signed in; before that the sign-in form's own cookie, FORM_COOKIE). A page of
 * this service writes it into each form; another site can neither read the cookie nor the page, so
 * it cannot make the token. It changes with the session (rotated at sign-in) and needs no secret
 * of the server's, so every API process computes the same one.
 */
const PURPOSE = 'samverkan/csrf/v1';

/** The hidden field every form carries. */
export const CSRF_FIELD = '_csrf';

export function csrfTokenFor(cookieSecret: string): string {
  return createHmac('sha256', cookieSecret).update(PURPOSE).digest('base64url');
}

/** Whether `sent` is the token for this secret (compared in constant time). */
export function isValidCsrfToken(cookieSecret: string | undefined, sent: unknown): boolean {
  if (!cookieSecret || typeof sent !== 'string') return false;
  const expected = Buffer.from(csrfTokenFor(cookieSecret));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The sign-in form's cookie: a random secret before there is a session to tie the token to. */
export const FORM_COOKIE = 'svk_form';

export const newFormSecret = (): string => randomBytes(32).toString('base64url');

/** HttpOnly and SameSite=Lax like the session cookie; ends with the browser session. */
export function formCookieHeader(secret: string, secure: boolean): string {
  return `${FORM_COOKIE}=${secret}; Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

export function clearedFormCookieHeader(secure: boolean): string {
  return `${FORM_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}
