import type { IncomingHttpHeaders } from 'node:http';
import type { ApiTokenService } from '../api-tokens/api-token.service.js';
import type { Principal } from '../principal.js';
import type { SessionService } from '../sessions/session.service.js';
import { credentialsOf } from './request-credentials.js';

export type Authentication =
  | { status: 'authenticated'; principal: Principal }
  /** No cookie and no bearer token. */
  | { status: 'anonymous' }
  /** Credentials that do not resolve: forged, expired, logged out, revoked, or a disabled account. */
  | { status: 'rejected'; via: Principal['via'] };

/** Turns a request's headers into a Principal, whichever way it authenticates. No Nest in here. */
export class RequestAuthenticator {
  constructor(
    private readonly sessions: SessionService,
    private readonly apiTokens: ApiTokenService,
  ) {}

  async authenticate(headers: IncomingHttpHeaders): Promise<Authentication> {
    const credentials = credentialsOf(headers);
    if (credentials.kind === 'none') return { status: 'anonymous' };
    const principal =
      credentials.kind === 'session'
        ? await this.sessions.resolve(credentials.token)
        : await this.apiTokens.resolve(credentials.token);
    if (principal) return { status: 'authenticated', principal };
    return { status: 'rejected', via: credentials.kind === 'session' ? 'session' : 'token' };
  }
}
