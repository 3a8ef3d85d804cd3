import type { Request } from 'express';
import { readsWholeOverview } from '#libs/follow-ups';
import { type Principal, readCookie, SESSION_COOKIE } from '#libs/identity';
import { csrfTokenFor, isValidCsrfToken, CSRF_FIELD, FORM_COOKIE } from '../security/csrf.js';
import type { SignedInHeader } from '../views/page-renderer.js';

/** A page request after identity's guard: `principal` when signed in (session or API token). */
export type PageRequest = Request & { principal?: Principal };

/** The secret the browser holds for this request's forms: the session token, else the form cookie. */
function formSecretOf(request: PageRequest): string | undefined {
  const cookie = request.headers.cookie;
  if (request.principal?.via === 'session') return readCookie(cookie, SESSION_COOKIE);
  return readCookie(cookie, FORM_COOKIE);
}

/** The layout's header for a signed-in request (with the sign-out form's token), else null. */
export function signedInHeaderOf(request: PageRequest): SignedInHeader | null {
  const principal = request.principal;
  if (!principal) return null;
  return {
    displayName: principal.displayName,
    csrfToken: csrfTokenOfSession(request),
    isAdmin: principal.roles.includes('admin'),
    seesOverview: readsWholeOverview(principal),
  };
}

/** The token for a signed-in person's forms ('' for an API token, which needs none: see below). */
export function csrfTokenOfSession(request: PageRequest): string {
  const secret = formSecretOf(request);
  return secret ? csrfTokenFor(secret) : '';
}

/**
 * Whether a POST from a page carries its form's token. A caller with an API token (Bearer) passes
 * without one: a browser never adds that header by itself, so such a request cannot be forged.
 */
export function hasValidCsrfToken(request: PageRequest): boolean {
  if (request.principal?.via === 'token') return true;
  const body = request.body as Record<string, unknown> | undefined;
  return isValidCsrfToken(formSecretOf(request), body?.[CSRF_FIELD]);
}
