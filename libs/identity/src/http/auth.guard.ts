import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { OrganisationRole } from '../principal.js';
import { forbidden, unauthenticated } from './auth-errors.js';
import { PUBLIC_ROUTE, REQUIRED_ORGANISATION_ROLES, type RequestWithPrincipal } from './auth-decorators.js';
import { RequestAuthenticator } from './request-authenticator.js';

/**
 * Authenticates every request (session cookie or Bearer API token) and sets request.principal.
 * Meant as the global guard (APP_GUARD), so a new route is closed until someone marks it @Public():
 * forgetting a decorator then costs a 401, not a data leak.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Only HTTP is authenticated here; anything else (no such transport today) stays closed.
    if (context.getType() !== 'http') return false;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets) === true;
    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();

    const authentication = await this.authenticator.authenticate(request.headers);
    if (authentication.status === 'authenticated') request.principal = authentication.principal;
    if (isPublic) return true;
    if (authentication.status === 'anonymous') throw unauthenticated();
    if (authentication.status === 'rejected') {
      throw unauthenticated(
        authentication.via === 'session'
          ? 'the session has ended or is not valid; sign in again'
          : 'the API token is not valid or has been revoked',
      );
    }

    const required = this.reflector.getAllAndOverride<OrganisationRole[] | undefined>(
      REQUIRED_ORGANISATION_ROLES,
      targets,
    );
    const { roles } = authentication.principal;
    if (required && !required.some((role) => roles.includes(role))) {
      throw forbidden(`this needs the organisation role ${required.join(' or ')}`);
    }
    return true;
  }
}
