import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { invalidRequest, REQUEST_ERROR } from './http-errors.js';

/** What a command request says about itself in its headers. */
export interface CommandHeaders {
  /** `Idempotency-Key`: the same key again returns the first result and records nothing new. */
  idempotencyKey?: string;
  /** `If-Match: "<version>"`: the stream version the client last saw; a mismatch is 412. */
  expectedVersion?: number;
  /** `X-Correlation-Id` when the caller sent a usable one, else fresh: ties log lines and events together. */
  correlationId: string;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
const STRONG_ETAG = /^"(\d{1,15})"$/;
const CORRELATION_ID = /^[\w.:-]{1,128}$/;

export function readCommandHeaders(headers: IncomingHttpHeaders): CommandHeaders {
  return {
    idempotencyKey: idempotencyKeyOf(single(headers['idempotency-key'])),
    expectedVersion: expectedVersionOf(single(headers['if-match'])),
    correlationId: correlationIdOf(single(headers['x-correlation-id'])),
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

function idempotencyKeyOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(value)) {
    throw invalidRequest(
      REQUEST_ERROR.INVALID_IDEMPOTENCY_KEY,
      'Idempotency-Key must be 1 to 200 visible ASCII characters (a UUID is a good choice)',
    );
  }
  return value;
}

/** `*` means "any current version", which is what a command without If-Match does anyway. */
function expectedVersionOf(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '*') return undefined;
  const match = STRONG_ETAG.exec(value.trim());
  if (!match) {
    throw invalidRequest(
      REQUEST_ERROR.INVALID_IF_MATCH,
      'If-Match must be one ETag as returned by this API, e.g. "7" (with the quotes)',
    );
  }
  return Number(match[1]);
}

function correlationIdOf(value: string | undefined): string {
  return value !== undefined && CORRELATION_ID.test(value) ? value : randomUUID();
}
