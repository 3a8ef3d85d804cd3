import { DomainError } from '#libs/ddd';
import { AUTH_ERROR } from '../shared/identity-errors.js';

/**
 * 401 AUTH.UNAUTHENTICATED, answered by the problem+json filter.
 * (No WWW-Authenticate challenge: browsers would pop up a login dialog for a cookie-based app.)
 */
export function unauthenticated(message = 'sign in, or send an API token as Bearer'): DomainError {
  return new DomainError('unauthenticated', AUTH_ERROR.UNAUTHENTICATED, message);
}

/** 403 AUTH.FORBIDDEN: signed in, but without the right. */
export function forbidden(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('forbidden', AUTH_ERROR.FORBIDDEN, message, details);
}
