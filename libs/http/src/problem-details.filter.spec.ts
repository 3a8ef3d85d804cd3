import { jest } from '@jest/globals';
import {
  type ArgumentsHost,
  BadRequestException,
  HttpException,
  InternalServerErrorException,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import { DomainError, type ErrorKind } from '#libs/ddd';
import { ConcurrencyError } from '#libs/event-store';
import { ProblemDetailsFilter, statusOf } from './problem-details.filter.js';

/** Runs the filter on an exception and returns what it answered. */
function answer(exception: unknown, filter = new ProblemDetailsFilter()) {
  const sent: {
    status?: number;
    type?: string;
    body?: Record<string, unknown>;
    headers?: Record<string, string>;
  } = {};
  const response = {
    headersSent: false,
    setHeader(name: string, value: string) {
      sent.headers = { ...sent.headers, [name]: value };
      return this;
    },
    status(status: number) {
      sent.status = status;
      return this;
    },
    type(type: string) {
      sent.type = type;
      return this;
    },
    json(body: Record<string, unknown>) {
      sent.body = body;
      return this;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  filter.catch(exception, host);
  return sent;
}

describe('the problem+json filter', () => {
  it('answers a broken business rule with 409, its code, message and details', () => {
    const sent = answer(
      new DomainError('rule', 'MEETING.ITEM_NOT_ON_AGENDA', 'The item is not on the agenda', {
        itemId: 'i-x',
      }),
    );
    expect(sent).toEqual({
      status: 409,
      type: 'application/problem+json',
      body: {
        type: 'urn:samverkan:problem:MEETING.ITEM_NOT_ON_AGENDA',
        title: 'Conflict',
        status: 409,
        code: 'MEETING.ITEM_NOT_ON_AGENDA',
        detail: 'The item is not on the agenda',
        itemId: 'i-x',
      },
    });
  });

  it('never lets details overwrite the standard members', () => {
    const sent = answer(
      new DomainError('rule', 'X.Y', 'Meddelande', { status: 200, code: 'OK', detail: 'nej', extra: 1 }),
    );
    expect(sent.body).toMatchObject({ status: 409, code: 'X.Y', detail: 'Meddelande', extra: 1 });
  });

  it.each<[ErrorKind, number]>([
    ['rule', 409],
    ['invalid', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['conflict', 409],
    ['precondition', 412],
    ['unprocessable', 422],
    ['rate_limited', 429],
    ['unsupported_media_type', 415],
    ['unavailable', 503],
  ])('answers a %s error with %i, its code and its details', (kind, status) => {
    expect(statusOf(kind)).toBe(status);
    const sent = answer(new DomainError(kind, 'AUTH.FORBIDDEN', 'Nej', { permission: 'meeting.run' }));
    expect(sent.body).toEqual(
      expect.objectContaining({ status, code: 'AUTH.FORBIDDEN', detail: 'Nej', permission: 'meeting.run' }),
    );
  });

  it('derives a code from the status when an HttpException has none', () => {
    expect(answer(new NotFoundException('Cannot GET /api/x')).body).toMatchObject({
      code: 'ROUTE.NOT_FOUND',
      detail: 'Cannot GET /api/x',
    });
    expect(answer(new HttpException('Slow down', 429)).body).toMatchObject({ code: 'REQUEST.TOO_MANY' });
  });

  it('recognises body-parser failures by their cause', () => {
    const parse = Object.assign(new SyntaxError('Unexpected end of JSON input'), {
      type: 'entity.parse.failed',
    });
    expect(answer(new BadRequestException(parse.message, { cause: parse })).body).toMatchObject({
      status: 400,
      code: 'REQUEST.MALFORMED_JSON',
    });
    const large = Object.assign(new Error('request entity too large'), { type: 'entity.too.large' });
    expect(answer(new HttpException('request entity too large', 413, { cause: large })).body).toMatchObject({
      status: 413,
      code: 'REQUEST.TOO_LARGE',
    });
  });

  it('answers anything else with 500 INTERNAL, logs it, and shows nothing of it', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const secret = new Error('password authentication failed for user "samverkan"');
    expect(answer(secret).body).toEqual({
      type: 'urn:samverkan:problem:INTERNAL',
      title: 'Internal Server Error',
      status: 500,
      code: 'INTERNAL',
      detail: 'An unexpected error occurred; it has been logged',
    });
    expect(answer(new InternalServerErrorException('stack: at Pool.connect')).body?.detail).toBe(
      'An unexpected error occurred',
    );
    expect(logged).toHaveBeenCalledWith(secret);
    logged.mockRestore();
  });

  it('answers a store conflict that escaped the command loop as the bug it is: 500, logged', () => {
    // The loop turns every ConcurrencyError into a kernel error (<TYPE>.CONCURRENT_UPDATE or
    // .VERSION_MISMATCH); one that reaches the edge means a writer went around it.
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    expect(answer(new ConcurrencyError('meeting-1', '3', 4)).body).toMatchObject({
      status: 500,
      code: 'INTERNAL',
    });
    logged.mockRestore();
  });

  it('answers a lost database connection with 503 SERVICE.UNAVAILABLE and Retry-After, logged once', () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const filter = new ProblemDetailsFilter();
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:54329'), {
      code: 'ECONNREFUSED',
    });
    const wrapped = { name: 'QueryFailedError', message: 'terminating', driverError: { code: '57P01' } };
    for (const error of [refused, wrapped, new Error('Connection terminated unexpectedly')]) {
      const sent = answer(error, filter);
      expect(sent).toMatchObject({ status: 503, headers: { 'Retry-After': '5' } });
      expect(sent.body).toMatchObject({ code: 'SERVICE.UNAVAILABLE', retryAfterSeconds: 5 });
      expect(JSON.stringify(sent.body)).not.toContain('54329'); // nothing of the internals
    }
    expect(warned).toHaveBeenCalledTimes(1); // one outage, one line
    expect(logged).not.toHaveBeenCalled();
    warned.mockRestore();
    logged.mockRestore();
  });
});
