import { codesOf, DomainError } from '#libs/ddd';

/** What is wrong with a request as such, before any use case sees it. */
export const REQUEST_ERROR = {
  INVALID: 'REQUEST.INVALID',
  MALFORMED_JSON: 'REQUEST.MALFORMED_JSON',
  TOO_LARGE: 'REQUEST.TOO_LARGE',
  INVALID_IDEMPOTENCY_KEY: 'REQUEST.INVALID_IDEMPOTENCY_KEY',
  INVALID_IF_MATCH: 'REQUEST.INVALID_IF_MATCH',
  UNSUPPORTED_MEDIA_TYPE: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  TOO_MANY: 'REQUEST.TOO_MANY',
  /** A state-changing request a browser sent from another site's page (CSRF). */
  CROSS_SITE: 'REQUEST.CROSS_SITE',
} as const;

/** Answers Nest's router gives, for URLs and methods no endpoint has. */
export const ROUTE_ERROR = {
  NOT_FOUND: 'ROUTE.NOT_FOUND',
  METHOD_NOT_ALLOWED: 'ROUTE.METHOD_NOT_ALLOWED',
} as const;

/** A failure of ours; the answer says nothing more (the log does). */
export const INTERNAL_ERROR = 'INTERNAL';

/** The database is out of reach (down, restarting): 503 with Retry-After, passes once it is back. */
export const UNAVAILABLE_ERROR = 'SERVICE.UNAVAILABLE';

/**
 * Codes any URL can answer, not one endpoint: they are not listed per operation in the OpenAPI
 * document (every endpoint would carry them all), so the catalogue test leaves them out.
 */
export const EDGE_ERROR_CODES: readonly string[] = [
  ...codesOf(ROUTE_ERROR),
  REQUEST_ERROR.UNSUPPORTED_MEDIA_TYPE,
  REQUEST_ERROR.TOO_MANY,
  REQUEST_ERROR.CROSS_SITE,
  INTERNAL_ERROR,
  UNAVAILABLE_ERROR,
];

/** Every code the HTTP edge answers with itself, for the service's one catalogue. */
export const HTTP_ERROR_CODES: readonly string[] = [
  ...codesOf(REQUEST_ERROR),
  ...codesOf(ROUTE_ERROR),
  INTERNAL_ERROR,
  UNAVAILABLE_ERROR,
];

/** A request header or body that cannot be used as sent: 400. */
export const invalidRequest = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError('invalid', code, message, details);
