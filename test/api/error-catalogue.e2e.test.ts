/**
 * The catalogue of codes and the OpenAPI document agree: every code an endpoint documents is in
 * the catalogue, and every code of the catalogue is documented somewhere. Codes any URL can answer
 * (ROUTE.NOT_FOUND) and decider guards no request can reach are documented nowhere per endpoint.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { EDGE_ERROR_CODES } from '#libs/http';
import { ERROR_CATALOGUE } from '#libs/service';
import { createTestDatabase } from '#libs/testing';
import { MEETINGS_GUARD_ONLY_CODES } from '../../libs/service/src/context-error-codes.js';
import { startWholeApiApp } from './support/whole-api-app.js';

type Response = {
  description?: string;
  content?: Record<string, { schema?: { allOf?: { properties?: { code?: { enum?: string[] } } }[] } }>;
};
type Document = { paths: Record<string, Record<string, { responses?: Record<string, Response> }>> };

/** A code as the catalogues spell them: MEETING.CLOSED, REQUEST.IDEMPOTENCY_KEY_REUSED. */
const CODE = /\b[A-Z][A-Z_]*\.[A-Z][A-Z_]*\b/g;

/** The codes each response documents: its problem schema's `code` enum, and codes its description names. */
function documentedCodes(document: Document): Set<string> {
  const codes = new Set<string>();
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods)) {
      for (const response of Object.values(operation.responses ?? {})) {
        for (const media of Object.values(response.content ?? {})) {
          for (const part of media.schema?.allOf ?? [])
            part.properties?.code?.enum?.forEach((code) => codes.add(code));
        }
        for (const code of response.description?.match(CODE) ?? []) codes.add(code);
      }
    }
  }
  return codes;
}

describe('the error catalogue', () => {
  let app: NestExpressApplication;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let documented: Set<string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startWholeApiApp(database.url, { dbPoolSize: 3 });
    const response = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    documented = documentedCodes(response.body as Document);
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('has every code the OpenAPI document names', () => {
    expect(documented.size).toBeGreaterThan(80);
    expect([...documented].filter((code) => !ERROR_CATALOGUE.includes(code)).sort()).toEqual([]);
  });

  it('has no code that no endpoint documents, except those any URL can answer and guards no request reaches', () => {
    const notPerEndpoint = [...EDGE_ERROR_CODES, ...MEETINGS_GUARD_ONLY_CODES];
    const undocumented = ERROR_CATALOGUE.filter(
      (code) => !documented.has(code) && !notPerEndpoint.includes(code),
    );
    expect(undocumented).toEqual([]);
    // A guard an endpoint documents after all is reachable: it belongs off the guard-only list.
    expect(MEETINGS_GUARD_ONLY_CODES.filter((code) => documented.has(code))).toEqual([]);
  });
});
