import { createHash, timingSafeEqual } from 'node:crypto';
import { DomainError } from '#libs/ddd';
import { ROUTE_ERROR } from '#libs/http';
import { AUTH_ERROR } from '#libs/identity';

/**
 * Who may read /metrics: with METRICS_TOKEN set, a request with `Authorization: Bearer <token>`;
 * without it, nobody (404, as if there were no such route: the safer default, since the log head
 * and lag are no one else's business). Compared in constant time, over hashes of equal length.
 */
export function assertMayReadMetrics(
  configuredToken: string | undefined,
  authorization: string | undefined,
): void {
  if (configuredToken === undefined) {
    throw new DomainError(
      'not_found',
      ROUTE_ERROR.NOT_FOUND,
      'Cannot GET /metrics: METRICS_TOKEN is not set',
    );
  }
  const sent = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
  if (sent === undefined || !timingSafeEqual(digest(sent), digest(configuredToken))) {
    throw new DomainError('unauthenticated', AUTH_ERROR.UNAUTHENTICATED, 'send the METRICS_TOKEN as Bearer');
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest();
