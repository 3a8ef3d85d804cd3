import { ForbiddenException, UnauthorizedException } from '@nestjs/common';

export type AuthErrorCode = 'AUTH.UNAUTHENTICATED' | 'AUTH.FORBIDDEN';

/**
 * 401 with `{ code, message }` as the body; the global problem+json filter carries `code` through.
 * (No WWW-Authenticate challenge: browsers would pop up a login dialog for a cookie-based app.)
 */
export function unauthenticated(message = 'sign in, or send an API token as Bearer'): UnauthorizedException {
  return new UnauthorizedException({ code: 'AUTH.UNAUTHENTICATED' satisfies AuthErrorCode, message });
}

export function forbidden(message: string): ForbiddenException {
  return new ForbiddenException({ code: 'AUTH.FORBIDDEN' satisfies AuthErrorCode, message });
}
