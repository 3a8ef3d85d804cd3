import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, type ErrorKind } from '#libs/ddd';
import { isConnectionError } from '#libs/event-store';
import { INTERNAL_ERROR, REQUEST_ERROR, UNAVAILABLE_ERROR } from './http-errors.js';
import { defaultCodeFor, problem, PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problem.js';

/**
 * The one place where errors become HTTP answers, all as problem+json:
 * - DomainError (raised by every context) → the status of its kind, with its stable code and details;
 * - HttpException, which only Nest itself throws now (an unknown route, body-parser failures with
 *   their cause kept) → its status, with a code derived from it: REQUEST.MALFORMED_JSON,
 *   REQUEST.TOO_LARGE, ROUTE.NOT_FOUND …;
 * - a lost or refused database connection (pg, node or TypeORM's wrapping of them) → 503
 *   SERVICE.UNAVAILABLE with Retry-After: the request was fine and will pass once PostgreSQL is back
 *   (the pools replace broken clients by themselves); logged once per outage, not per request;
 * - anything else → 500 INTERNAL, logged, with nothing of the internals in the answer.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');
  /** When the last database outage was logged: one line per outage, not one per request. */
  private outageLoggedAt = -Infinity;

  catch(thrown: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const exception = isConnectionError(thrown) ? databaseUnavailable() : thrown;
    const body = this.toProblem(exception);
    const outage = exception instanceof DomainError && exception.kind === 'unavailable';
    if (outage) this.logOutage(thrown);
    else if (body.status >= 500) this.logger.error(exception);
    if (response.headersSent) return;
    const retryAfter = retryAfterSecondsOf(exception);
    if (retryAfter !== undefined) response.setHeader('Retry-After', String(retryAfter));
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).json(body);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainError) {
      return problem(statusOf(exception.kind), exception.code, exception.message, exception.details);
    }
    if (exception instanceof HttpException) return fromHttpException(exception);
    return problem(500, INTERNAL_ERROR, 'An unexpected error occurred; it has been logged');
  }

  /** Requests fail together while the database is away: the first says so, the rest are silent. */
  private logOutage(error: unknown): void {
    const now = Date.now();
    if (now - this.outageLoggedAt < OUTAGE_LOG_INTERVAL_MS) return;
    this.outageLoggedAt = now;
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.warn(`The database is out of reach (${reason}); answering 503 until it is back`);
  }
}

/** Within this long of the last line, a failing request is taken for the same outage. */
const OUTAGE_LOG_INTERVAL_MS = 30_000;

/** Long enough for the embedded server's watchdog to restart it, short enough to feel live. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

function databaseUnavailable(): DomainError {
  return new DomainError(
    'unavailable',
    UNAVAILABLE_ERROR,
    'The database is out of reach; try again shortly',
    {
      retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
    },
  );
}

/**
 * A rate-limited or unavailable DomainError says when to come back in its `retryAfterSeconds`
 * detail; the answer carries it as the standard Retry-After header too, which HTTP clients and
 * proxies understand.
 */
function retryAfterSecondsOf(exception: unknown): number | undefined {
  if (!(exception instanceof DomainError)) return undefined;
  if (exception.kind !== 'rate_limited' && exception.kind !== 'unavailable') return undefined;
  const seconds = exception.details['retryAfterSeconds'];
  return typeof seconds === 'number' && Number.isFinite(seconds)
    ? Math.max(1, Math.ceil(seconds))
    : undefined;
}

/** Every kind has its status; a new kind does not compile until it has one here. */
export function statusOf(kind: ErrorKind): number {
  switch (kind) {
    case 'invalid':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'rule':
    case 'conflict':
      return 409;
    case 'precondition':
      return 412;
    case 'unprocessable':
      return 422;
    case 'rate_limited':
      return 429;
    case 'too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'unavailable':
      return 503;
    default: {
      const unknown: never = kind;
      throw new Error(`no HTTP status for error kind ${String(unknown)}`);
    }
  }
}

function fromHttpException(exception: HttpException): ProblemDetails {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const parserError = bodyParserErrorType(exception.cause);
  if (parserError === 'entity.parse.failed') {
    return problem(400, REQUEST_ERROR.MALFORMED_JSON, 'The request body is not valid JSON');
  }
  if (parserError === 'entity.too.large') {
    return problem(413, REQUEST_ERROR.TOO_LARGE, 'The request body is larger than 256 kB');
  }
  if (status >= 500) return problem(status, defaultCodeFor(status), 'An unexpected error occurred');
  if (typeof response === 'string') return problem(status, defaultCodeFor(status), response);
  const { message } = response as Record<string, unknown>;
  return problem(status, defaultCodeFor(status), describe(message) ?? exception.message);
}

/** body-parser marks its errors with a `type` such as 'entity.parse.failed'. */
function bodyParserErrorType(cause: unknown): string | undefined {
  if (typeof cause !== 'object' || cause === null) return undefined;
  const type = (cause as { type?: unknown }).type;
  return typeof type === 'string' ? type : undefined;
}

function describe(message: unknown): string | undefined {
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  return undefined;
}
