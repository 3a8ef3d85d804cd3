import { ApiProblems } from '#libs/http';
import { AUTH_ERROR } from '../shared/identity-errors.js';

/**
 * The 401 every guarded route can answer. The security requirement itself (session cookie or
 * bearer token) is not declared here: setupOpenApi gives it to every route that is not @Public().
 */
export function ApiAuthenticated(): MethodDecorator & ClassDecorator {
  return ApiProblems({ 401: [AUTH_ERROR.UNAUTHENTICATED] });
}

/** 403 unless the caller has the organisation role admin (for API tokens: or is the account itself). */
export function ApiForbiddenUnlessAdmin(): MethodDecorator & ClassDecorator {
  return ApiProblems({ 403: [AUTH_ERROR.FORBIDDEN] });
}
