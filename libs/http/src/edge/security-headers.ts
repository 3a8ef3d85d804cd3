import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import { isPagePath } from './page-paths.js';

export interface SecurityHeaderOptions {
  /** Send Strict-Transport-Security: only when the service is reached over HTTPS (SESSION_COOKIE_SECURE). */
  strictTransportSecurity: boolean;
}

/** What no page of this service needs: being framed, a <base>, forms posting elsewhere, plugins. */
const LOCKED = {
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
};

/** The API answers JSON: nothing in a response may load or run anything. */
const API_POLICY = { 'default-src': ["'none'"], ...LOCKED };

/**
 * The document pages (/api/meetings/{id}/documents/*.html) carry their stylesheet inline, in one
 * <style> element whose @page rules differ per document (no fixed hash), and nothing else: no
 * script, no image, no font, no link. So inline styles only; every script stays forbidden.
 */
const DOCUMENT_PAGE_POLICY = { 'default-src': ["'none'"], 'style-src': ["'unsafe-inline'"], ...LOCKED };

/** Swagger UI (/api/docs) loads its own scripts and styles from this service and reads the document. */
const API_DOCS_POLICY = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  ...LOCKED,
  'form-action': ["'self'"],
};

/**
 * The web pages (libs/web): stylesheets, fonts and scripts from this service only, nothing inline
 * (no 'unsafe-inline', no nonce: the pages have no inline script or style at all). Forms post to
 * this service alone. The design system's icons are data: URIs in its stylesheet.
 */
const WEB_PAGE_POLICY = {
  'default-src': ["'none'"],
  'style-src': ["'self'"],
  'font-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'script-src': ["'self'"],
  'connect-src': ["'self'"],
  ...LOCKED,
  'form-action': ["'self'"],
};

type ReferrerPolicy = 'no-referrer' | 'same-origin';

const DOCUMENT_PAGE = /^\/api\/meetings\/[^/]+\/documents\/[^/]+\.html$/;
const API_DOCS = /^\/api\/docs(\/|$)/;

/**
 * Helmet with a strict Content-Security-Policy per kind of response, nosniff, no referrer, no
 * framing (frame-ancestors and X-Frame-Options for old browsers), and HSTS only behind HTTPS (on
 * plain HTTP it would lock a browser out of a development server for a year).
 */
export function securityHeaders({ strictTransportSecurity }: SecurityHeaderOptions): RequestHandler {
  const withPolicy = (directives: Record<string, string[]>, referrer: ReferrerPolicy = 'no-referrer') =>
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives },
      referrerPolicy: { policy: referrer },
      frameguard: { action: 'deny' },
      strictTransportSecurity: strictTransportSecurity
        ? { maxAge: 31_536_000, includeSubDomains: true }
        : false,
    } satisfies HelmetOptions);
  const api = withPolicy(API_POLICY);
  const documentPage = withPolicy(DOCUMENT_PAGE_POLICY);
  const apiDocs = withPolicy(API_DOCS_POLICY);
  // same-origin, not no-referrer: under no-referrer a browser sends `Origin: null` with a page's
  // own form POST, which refuseCrossSiteRequests rightly refuses. Other sites still get no referrer.
  const webPage = withPolicy(WEB_PAGE_POLICY, 'same-origin');
  return (request: Request, response: Response, next: NextFunction) => {
    const handler = DOCUMENT_PAGE.test(request.path)
      ? documentPage
      : API_DOCS.test(request.path)
        ? apiDocs
        : isPagePath(request.path)
          ? webPage
          : api;
    handler(request, response, next);
  };
}
