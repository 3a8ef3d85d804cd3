import { ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { checkParsedBody, refuseCrossSiteRequests, requireJsonCommandBodies } from './edge/request-gates.js';
import { securityHeaders } from './edge/security-headers.js';
import { UntrustedTextPipe } from './edge/untrusted-text.pipe.js';
import { ProblemDetailsFilter } from './problem-details.filter.js';
import { invalidBody } from './validation-errors.js';

/** Large enough for a long meeting's full minutes (50,000 characters of Swedish text), small enough to refuse abuse. */
export const JSON_BODY_LIMIT = '256kb';

/** A page's form: a few fields of text. */
export const FORM_BODY_LIMIT = '64kb';

export interface HttpEdgeOptions {
  /** Send HSTS: set it when the service is reached over HTTPS (SESSION_COOKIE_SECURE=true). */
  strictTransportSecurity?: boolean;
  /** TRUST_PROXY (see AppConfig.trustProxy); unset: no proxy is believed about the client's address. */
  trustProxy?: string;
}

/**
 * Everything the HTTP edge needs, in one call shared by main.ts and the e2e tests, so both serve
 * the same API, in this order: security headers; state-changing requests from another site
 * refused (403) and command bodies other than JSON refused (415) before they are read; JSON
 * bodies up to 256 kB, checked for depth, prototype keys and broken text before anything walks
 * them; path and query values checked the same way; strict validation of every body (unknown
 * properties refused, values transformed to their DTO classes); problem+json for every error.
 * Call it before app.init()/listen(): the body parser must be registered before Nest's default.
 */
export function configureHttp(
  app: NestExpressApplication,
  options: HttpEdgeOptions = {},
): NestExpressApplication {
  app.disable('x-powered-by');
  // A hop count is a number to Express; a list stays text (it parses addresses and names itself).
  const trustProxy = options.trustProxy;
  app.set(
    'trust proxy',
    trustProxy === undefined ? false : /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy,
  );
  app.use(securityHeaders({ strictTransportSecurity: options.strictTransportSecurity ?? false }));
  app.use(refuseCrossSiteRequests);
  app.use(requireJsonCommandBodies);
  // Registered before init, this parser is found by Nest, which then skips its default 100 kB one.
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  // The pages' forms (the gate above lets form bodies through to page routes only). Flat fields
  // (extended: false): `a[b]=1` stays the key "a[b]", no nested objects from a query-string parser.
  app.useBodyParser('urlencoded', { limit: FORM_BODY_LIMIT, extended: false, parameterLimit: 200 });
  app.use(checkParsedBody);
  // ETags are stream versions set by StreamVersionETagInterceptor; Express's own weak body hashes
  // (on errors and lists too) would look like versions a client could send back as If-Match.
  app.set('etag', false);
  app.useGlobalPipes(
    new UntrustedTextPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // A missing nested object is reported as missing, not skipped.
      skipMissingProperties: false,
      // One message per field: "text must be a string" says it all for a missing text.
      stopAtFirstError: true,
      validationError: { target: false, value: false },
      exceptionFactory: invalidBody,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  return app;
}
