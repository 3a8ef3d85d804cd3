import { STATUS_CODES } from 'node:http';
import { INTERNAL_ERROR, REQUEST_ERROR, ROUTE_ERROR } from './http-errors.js';

/** RFC 9457 problem details, as every error of this API is answered. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemDetails {
  /** A stable URI per code (not meant to be dereferenced): `urn:samverkan:problem:MEETING.CLOSED`. */
  type: string;
  /** The HTTP status text: the same for every problem of that status. */
  title: string;
  status: number;
  /** Stable, machine-readable: what clients branch on (`MEETING.CLOSED`, `REQUEST.INVALID`). */
  code: string;
  /** What went wrong in this request, for people. */
  detail: string;
  [extension: string]: unknown;
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'code', 'detail']);

export const problemType = (code: string): string => `urn:samverkan:problem:${code}`;

/** Builds a problem; extension members never overwrite the standard ones. */
export function problem(
  status: number,
  code: string,
  detail: string,
  extensions: Record<string, unknown> = {},
): ProblemDetails {
  const extra = Object.entries(extensions).filter(([key]) => !STANDARD_MEMBERS.has(key));
  return {
    type: problemType(code),
    title: STATUS_CODES[status] ?? 'Error',
    status,
    code,
    detail,
    ...Object.fromEntries(extra),
  };
}

/** The code of an HttpException (thrown by Nest itself: routing, body parsing), from its status. */
export function defaultCodeFor(status: number): string {
  switch (status) {
    case 400:
      return REQUEST_ERROR.INVALID;
    case 401:
      return 'AUTH.UNAUTHENTICATED';
    case 403:
      return 'AUTH.FORBIDDEN';
    case 404:
      return ROUTE_ERROR.NOT_FOUND;
    case 405:
      return ROUTE_ERROR.METHOD_NOT_ALLOWED;
    case 413:
      return REQUEST_ERROR.TOO_LARGE;
    case 415:
      return REQUEST_ERROR.UNSUPPORTED_MEDIA_TYPE;
    case 429:
      return REQUEST_ERROR.TOO_MANY;
    default:
      return status >= 500 ? INTERNAL_ERROR : `HTTP.${status}`;
  }
}
