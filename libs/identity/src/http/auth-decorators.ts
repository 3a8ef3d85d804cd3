import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import { ApiPublic } from '#libs/http';
import type { OrganisationRole, Principal } from '../principal.js';
import { unauthenticated } from './auth-errors.js';

/** What the AuthGuard reads and writes on a request (Express's Request has both). */
export interface RequestWithPrincipal {
  headers: IncomingHttpHeaders;
  principal?: Principal;
}

export const PUBLIC_ROUTE = 'identity:public';
export const REQUIRED_ORGANISATION_ROLES = 'identity:organisation-roles';

/**
 * The route needs no sign-in (login, health). The guard still sets request.principal when it can.
 * The OpenAPI document says so too (`security: []`), from the same decorator.
 */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiPublic());

/**
 * The caller needs one of these organisation roles, else 403. On a class it applies to every
 * route; a method's own decorator replaces the class's.
 */
export const RequireOrganisationRole = (
  ...roles: [OrganisationRole, ...OrganisationRole[]]
): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ORGANISATION_ROLES, roles);

/**
 * The authenticated caller. Throws 401 rather than hand a handler `undefined`, so a route that
 * forgot the guard (or is @Public) fails closed instead of acting for nobody.
 */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const { principal } = context.switchToHttp().getRequest<RequestWithPrincipal>();
    if (!principal) throw unauthenticated();
    return principal;
  },
);
