import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import { readCommandHeaders } from '#libs/http';
import type { Principal } from '#libs/identity';
import type { CommandContext } from '#libs/shared-kernel';
import { requirePrincipal } from '../application/access/access.js';

interface AuthenticatedRequest {
  principal?: Principal;
  headers: IncomingHttpHeaders;
}

/**
 * The caller, as the identity guard put it on `request.principal`; 401 AUTH.UNAUTHENTICATED when
 * absent. Put it first among a handler's parameters, so 401 comes before body validation.
 */
export const Caller = createParamDecorator((_: unknown, context: ExecutionContext): Principal =>
  requirePrincipal(context.switchToHttp().getRequest<AuthenticatedRequest>().principal),
);

/** The caller plus Idempotency-Key, If-Match and X-Correlation-Id, for a command. */
export const CommandCaller = createParamDecorator((_: unknown, context: ExecutionContext): CommandContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  const principal = requirePrincipal(request.principal);
  return { principal, ...readCommandHeaders(request.headers) };
});
