import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '#libs/ddd';
import { ConcurrencyError } from '#libs/event-store';
import { defaultCodeFor, problem, PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problem.js';

/**
 * The one place where errors become HTTP answers, all as problem+json:
 * - DomainError (a business rule) → 409 with its stable code and details;
 * - HttpException → its status; a `code` in its response is kept (identity's AUTH.*, our
 *   REQUEST.*, MEETING.NOT_FOUND …), else one is derived from the status;
 * - body-parser failures (mapped to HttpExceptions by Nest, cause kept) → REQUEST.MALFORMED_JSON
 *   and REQUEST.TOO_LARGE;
 * - a ConcurrencyError nobody handled → 409 (the executor turns If-Match conflicts into 412 itself);
 * - anything else → 500 INTERNAL, logged, with nothing of the internals in the answer.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toProblem(exception);
    if (body.status >= 500) this.logger.error(exception);
    if (response.headersSent) return;
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).json(body);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainError) {
      return problem(409, exception.code, exception.message, exception.details);
    }
    if (exception instanceof HttpException) return fromHttpException(exception);
    if (exception instanceof ConcurrencyError) {
      return problem(
        409,
        'STREAM.CONCURRENT_UPDATE',
        'Someone else changed this at the same time; try again',
      );
    }
    return problem(500, 'INTERNAL', 'An unexpected error occurred; it has been logged');
  }
}

function fromHttpException(exception: HttpException): ProblemDetails {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const parserError = bodyParserErrorType(exception.cause);
  if (parserError === 'entity.parse.failed') {
    return problem(400, 'REQUEST.MALFORMED_JSON', 'The request body is not valid JSON');
  }
  if (parserError === 'entity.too.large') {
    return problem(413, 'REQUEST.TOO_LARGE', 'The request body is larger than 256 kB');
  }
  if (status >= 500) return problem(status, defaultCodeFor(status), 'An unexpected error occurred');
  if (typeof response === 'string') return problem(status, defaultCodeFor(status), response);
  const {
    code,
    message,
    statusCode: _statusCode,
    error: _error,
    ...extensions
  } = response as Record<string, unknown>;
  return problem(
    status,
    typeof code === 'string' ? code : defaultCodeFor(status),
    describe(message) ?? exception.message,
    extensions,
  );
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
