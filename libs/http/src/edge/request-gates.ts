import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '#libs/ddd';
import { REQUEST_ERROR } from '../http-errors.js';
import { invalidFields } from '../validation-errors.js';
import { isPagePath } from './page-paths.js';
import { untrustedInputProblems } from './untrusted-input.js';

/*
 * Express middleware registered by configureHttp, before the body parser (the first two) and
 * right after it (the last): they run before any guard, pipe or handler, so a request refused
 * here has had nothing done for it. Errors go to next(), where Nest hands them to the one
 * problem+json filter.
 */

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Sec-Fetch-Site values of a request a page of this service made itself, or the user typed. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * CSRF defence beyond SameSite=Lax: a state-changing request that a browser says came from
 * another site (Sec-Fetch-Site), or whose Origin is not this service's own host, is refused with
 * 403 REQUEST.CROSS_SITE. Requests without either header (curl, programs with a Bearer token)
 * pass: only browsers send them, and a browser always sends Origin on a cross-origin POST.
 * A sibling subdomain (`same-site`) is refused too: it is not this service.
 * The own origin is the Host header: a proxy in front must pass the Host through.
 */
export function refuseCrossSiteRequests(request: Request, _response: Response, next: NextFunction): void {
  if (!STATE_CHANGING.has(request.method)) return next();
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && !OWN_FETCH_SITES.has(fetchSite.toLowerCase())) {
    return next(crossSite(`the browser sent it from another site (Sec-Fetch-Site: ${fetchSite})`));
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, request.headers.host)) {
    return next(crossSite('its Origin is not this service'));
  }
  next();
}

function isOwnOrigin(origin: string, host: string | undefined): boolean {
  if (host === undefined) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false; // `Origin: null` (a sandboxed frame, a file) or garbage
  }
}

const crossSite = (why: string) =>
  new DomainError(
    'forbidden',
    REQUEST_ERROR.CROSS_SITE,
    `A state-changing request from another site is refused: ${why}`,
  );

/**
 * Commands read JSON only: a body in any other media type (text/plain, a form, which a foreign
 * page can send without CORS) is refused with 415 before it is parsed, instead of being read as
 * no body at all. A command without a body (POST …/close) needs no Content-Type.
 * The web pages' own routes (isPagePath) take what their <form>s post,
 * application/x-www-form-urlencoded, as well; each such form carries a CSRF token that its route
 * checks (libs/web), besides the Origin check above.
 */
export function requireJsonCommandBodies(request: Request, _response: Response, next: NextFunction): void {
  if (!STATE_CHANGING.has(request.method) || !hasBody(request)) return next();
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType === 'application/json') return next();
  const page = isPagePath(request.path);
  if (page && mediaType === FORM_MEDIA_TYPE) return next();
  if (mediaType === MULTIPART_MEDIA_TYPE && UPLOAD_PATHS.has(request.path)) return next();
  const accepted = page ? `application/json or ${FORM_MEDIA_TYPE}` : 'application/json';
  next(
    new DomainError(
      'unsupported_media_type',
      REQUEST_ERROR.UNSUPPORTED_MEDIA_TYPE,
      `The body must be ${accepted} (got ${mediaType ? mediaType : 'no Content-Type'})`,
    ),
  );
}

const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';
const MULTIPART_MEDIA_TYPE = 'multipart/form-data';

/**
 * The only routes that take a file: the verification of a copy of a justerat document, over the
 * API and on its page. Their handler reads the upload itself (multer, in memory, with its own
 * limit) and records nothing; nowhere else is a multipart body read at all.
 */
export const UPLOAD_PATHS: ReadonlySet<string> = new Set(['/api/verification', '/verifiera']);

/** As body-parser decides it: a chunked body, or a Content-Length above zero. */
function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * The parsed JSON body, checked before class-transformer or class-validator see it: no nesting
 * deeper than MAX_BODY_DEPTH (class-transformer recurses and would run out of stack), no
 * prototype keys, no NUL or unpaired surrogate in any text. 400 REQUEST.INVALID naming each field.
 */
export function checkParsedBody(request: Request, _response: Response, next: NextFunction): void {
  const body: unknown = request.body;
  if (typeof body !== 'object' || body === null) return next();
  const problems = untrustedInputProblems(body);
  next(problems.length > 0 ? invalidFields(problems) : undefined);
}
