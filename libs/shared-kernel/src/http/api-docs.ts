import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { streamErrorCodes } from '#libs/ddd';
import { COMMAND_ERROR } from '#libs/event-store';
import { ApiProblems, REQUEST_ERROR } from '#libs/http';
import { AUTH_ERROR } from '#libs/identity';
import { VALIDATION_ERROR } from '../domain/index.js';

export type StreamCode = 'ORGANISATION' | 'GROUP' | 'MEETING' | 'FOLLOW_UP';

export const AUTH = { 401: [AUTH_ERROR.UNAUTHENTICATED], 403: [AUTH_ERROR.FORBIDDEN] } as const;
const INVALID_REQUEST = [
  REQUEST_ERROR.INVALID,
  REQUEST_ERROR.MALFORMED_JSON,
  REQUEST_ERROR.INVALID_IDEMPOTENCY_KEY,
  REQUEST_ERROR.INVALID_IF_MATCH,
];
const ETAG = {
  ETag: {
    description: 'The stream version after the command, quoted: send it as If-Match',
    schema: { type: 'string' },
  },
};

interface CommandDocs {
  summary: string;
  description?: string;
  stream: StreamCode;
  response: Type<unknown>;
  /** 201 for commands that create something with an id of its own; 200 otherwise. */
  created?: boolean;
  /** Business-rule codes (409) this command can answer. */
  conflicts: readonly string[];
  /** 404 codes; `<STREAM>.NOT_FOUND` unless the command creates its stream. */
  notFound?: readonly string[];
}

/**
 * Everything an endpoint that changes a stream documents: its operation, the answer with the ETag,
 * the Idempotency-Key and If-Match headers, and every problem code it can answer.
 */
export function CommandEndpoint(docs: CommandDocs) {
  const status = docs.created ? 201 : 200;
  const streamCodes = streamErrorCodes(docs.stream);
  const notFound = docs.notFound ?? [streamCodes.NOT_FOUND];
  return applyDecorators(
    ApiOperation({ summary: docs.summary, description: docs.description }),
    HttpCode(status),
    ApiResponse({
      status,
      type: docs.response,
      headers: ETAG,
      description: 'Done (or already done: the same answer)',
    }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'A key per request (a UUID): sending it again returns the first answer and records nothing more',
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description:
        'The ETag last read, e.g. "7": the command applies only if nothing changed since (else 412)',
    }),
    ApiProblems({
      400: INVALID_REQUEST,
      ...AUTH,
      ...(notFound.length > 0 ? { 404: notFound } : {}),
      409: [...docs.conflicts, streamCodes.CONCURRENT_UPDATE],
      412: [streamCodes.VERSION_MISMATCH],
      413: [REQUEST_ERROR.TOO_LARGE],
      422: [COMMAND_ERROR.IDEMPOTENCY_KEY_REUSED],
    }),
  );
}

interface QueryDocs {
  summary: string;
  description?: string;
  response: Type<unknown> | [Type<unknown>];
  notFound?: readonly string[];
  /** Sets the ETag (single stream reads). */
  versioned?: boolean;
  /**
   * A list in keyset pages (keysetPage in libs/http): its 200 has the Link header of the next
   * page, and a cursor it did not give out is refused with this code (400).
   */
  paged?: { invalidCursor: string };
}

const NEXT_PAGE_LINK = {
  Link: {
    description: 'The next page: `<…>; rel="next"` (absent on the last)',
    schema: { type: 'string' },
  },
};

export function QueryEndpoint(docs: QueryDocs) {
  const etag =
    docs.versioned === false
      ? undefined
      : { ETag: { description: 'The stream version, quoted', schema: { type: 'string' } } };
  return applyDecorators(
    ApiOperation({ summary: docs.summary, description: docs.description }),
    ApiResponse({
      status: 200,
      type: docs.response,
      headers: docs.paged ? { ...etag, ...NEXT_PAGE_LINK } : etag,
    }),
    ApiProblems({
      ...(docs.paged ? { 400: [REQUEST_ERROR.INVALID, docs.paged.invalidCursor] } : {}),
      ...AUTH,
      ...(docs.notFound ? { 404: docs.notFound } : {}),
    }),
  );
}

/** Shape checks the deciders make too (the edge catches most of them first, as 400). */
export const VALIDATION = {
  TEXT: [VALIDATION_ERROR.TEXT_REQUIRED, VALIDATION_ERROR.TEXT_TOO_LONG],
  PARTY: [VALIDATION_ERROR.INVALID_VALUE, VALIDATION_ERROR.UNKNOWN_UNION_ORGANISATION],
  FEDERATION: [VALIDATION_ERROR.UNKNOWN_FEDERATION],
} as const;
