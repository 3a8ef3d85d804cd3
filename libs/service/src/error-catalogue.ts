import { COMMAND_ERROR } from '#libs/event-store';
import { HTTP_ERROR_CODES } from '#libs/http';
import { IDENTITY_ERROR_CODES } from '#libs/identity';
import { MEETINGS_ERROR_CODES } from './context-error-codes.js';

/**
 * Every stable `code` this service can answer with, assembled from each context's catalogue. The
 * OpenAPI document must document each of them, and nothing else (test/api/error-catalogue.e2e.test.ts).
 */
export const ERROR_CATALOGUE: readonly string[] = [
  ...new Set([
    ...HTTP_ERROR_CODES,
    ...Object.values(COMMAND_ERROR),
    ...IDENTITY_ERROR_CODES,
    ...MEETINGS_ERROR_CODES,
  ]),
].sort();
