import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';

/**
 * Both ways to authenticate, and the 401 every guarded route can answer. The security schemes
 * are Swagger's default names, 'cookie' and 'bearer': the document declares them with
 * `.addCookieAuth(SESSION_COOKIE)` and `.addBearerAuth()`.
 */
export function ApiAuthenticated(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiCookieAuth(),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED: no valid session cookie or API token' }),
  );
}

export function ApiForbiddenUnlessAdmin(alsoSelf = false): MethodDecorator & ClassDecorator {
  return ApiForbiddenResponse({
    description: `AUTH.FORBIDDEN: needs the organisation role admin${alsoSelf ? ', or to be the account itself' : ''}`,
  });
}
