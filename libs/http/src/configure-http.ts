import { ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ProblemDetailsFilter } from './problem-details.filter.js';
import { invalidBody } from './validation-errors.js';

/** Large enough for a long meeting's full minutes (50,000 characters of Swedish text), small enough to refuse abuse. */
export const JSON_BODY_LIMIT = '256kb';

/**
 * Everything the HTTP edge needs, in one call shared by main.ts and the e2e tests, so both serve
 * the same API: JSON bodies up to 256 kB, strict validation of every body (unknown properties
 * refused, values transformed to their DTO classes), and problem+json for every error.
 * Call it before app.init()/listen(): the body parser must be registered before Nest's default.
 */
export function configureHttp(app: NestExpressApplication): NestExpressApplication {
  // Registered before init, this parser is found by Nest, which then skips its default 100 kB one.
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  // ETags are stream versions set by StreamVersionETagInterceptor; Express's own weak body hashes
  // (on errors and lists too) would look like versions a client could send back as If-Match.
  app.set('etag', false);
  app.useGlobalPipes(
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
