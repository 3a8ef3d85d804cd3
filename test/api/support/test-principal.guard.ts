import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Principal } from '#libs/identity';

export const TEST_PRINCIPAL_HEADER = 'X-Test-Principal';

/**
 * TEST ONLY: stands in for the identity module's guard, setting `request.principal` from the
 * X-Test-Principal header (base64 JSON). It never lets anything through that the real guard would
 * stop: without the header there is no principal, and the API answers 401 itself.
 */
@Injectable()
export class TestPrincipalGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, unknown>; principal?: Principal }>();
    const header = request.headers[TEST_PRINCIPAL_HEADER.toLowerCase()];
    if (typeof header === 'string') {
      request.principal = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as Principal;
    }
    return true;
  }
}

export const principalHeader = (principal: Principal): string =>
  Buffer.from(JSON.stringify(principal), 'utf8').toString('base64');
