/**
 * Issue 8: the OpenAPI document the production API serves at /api/docs-json is one real tools
 * accept. swagger-parser validates it; every operation states its security (the svk_session cookie
 * or a bearer token, `[]` for the public ones), every error its problem+json body, integers are
 * integers, ids read well; and a client generated from it with openapi-typescript types a program
 * (test/api/openapi-client/typed-client.ts) that the compiler checks and that then runs against the
 * server: sign in, read a meeting and its follow-ups, download the justerat protocol as PDF.
 * The codes each endpoint documents are test/api/openapi-document.e2e.test.ts's subject.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIObject, OperationObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { followUpsProjection } from '#libs/follow-ups';
import { baseUrlOf } from '../../apps/demo/src/demo-loader.js';
import { DEMO_PASSWORD, DEMO_TENANT } from '../../apps/demo/src/demo-people.js';
import {
  demoEmail,
  type DemoDocuments,
  startDemoDocuments,
} from '../documents/support/demo-documents-app.js';
import { projectToHead } from './support/project-to-head.js';

const GENERATED_SCHEMA = fileURLToPath(new URL('../../.tmp/openapi-client/schema.d.ts', import.meta.url));
const CLIENT_TSCONFIG = fileURLToPath(new URL('./openapi-client/tsconfig.json', import.meta.url));
const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
const execFileAsync = promisify(execFile);
/** Not a literal import: the program exists for the compiler only once its types are generated. */
const CLIENT_MODULE: string = './openapi-client/typed-client.js';

/** Open without signing in; every other operation needs the session cookie or a token. */
const PUBLIC = [
  'GET /health',
  'GET /health/live',
  'GET /health/ready',
  'GET /metrics',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/follow-ups/calendar/feed.ics',
  'POST /api/verification',
];
/** /health and the readiness probe answer 503 with their own JSON body, the shape probes read in their 200 too. */
const NOT_PROBLEMS = ['GET /health 503', 'GET /health/ready 503'];

let demo: DemoDocuments;
let document: OpenAPIObject;

beforeAll(async () => {
  demo = await startDemoDocuments();
  // The follow-up list is a read model: the worker's job in production.
  await projectToHead(demo.app, [followUpsProjection]);
  const response = await fetch(`${baseUrlOf(demo.app)}/api/docs-json`);
  expect(response.status).toBe(200);
  document = (await response.json()) as OpenAPIObject;
}, 180_000);
afterAll(() => demo?.close());

const operations = () =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    (['get', 'put', 'post', 'delete', 'patch'] as const).flatMap((method) => {
      const operation = item[method] as OperationObject | undefined;
      return operation ? [{ name: `${method.toUpperCase()} ${path}`, operation }] : [];
    }),
  );
const operation = (name: string) => {
  const found = operations().find((candidate) => candidate.name === name);
  if (!found) throw new Error(`the document has no ${name}`);
  return found.operation;
};
const schema = (name: string) => document.components?.schemas?.[name] as SchemaObject;
const propertyType = (schemaName: string, property: string) =>
  (schema(schemaName).properties?.[property] as SchemaObject | undefined)?.type;

describe('the served OpenAPI document', () => {
  it('is valid OpenAPI for swagger-parser, with no empty $ref', async () => {
    // validate() dereferences the object it is given: a copy keeps the refs for the other checks.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]*)"/g)].map(([, ref]) => ref);
    expect(refs.filter((ref) => !/^#\/components\/schemas\/\w+$/.test(ref!))).toEqual([]);
    expect(propertyType('JusterareDto', 'person')).toBeUndefined();
    expect(schema('JusterareDto').properties?.person).toEqual({ $ref: '#/components/schemas/PersonDto' });
  });

  it('names the svk_session cookie and an opaque bearer token, and asks every non-public route for one', () => {
    expect(document.components?.securitySchemes).toEqual({
      cookie: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'svk_session' }),
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer', bearerFormat: 'opaque' }),
    });
    const security = operations().map(({ name, operation }) => ({ name, security: operation.security }));
    const expected = security.map(({ name }) => ({
      name,
      security: PUBLIC.includes(name) ? [] : [{ cookie: [] }, { bearer: [] }],
    }));
    expect(security).toEqual(expected);
    expect(security.filter(({ name }) => !PUBLIC.includes(name)).length).toBeGreaterThan(40);
  });

  it('types versions, revisions, counts, minutes and days as integers', () => {
    const integers: [string, string][] = [
      ['MeetingViewDto', 'version'],
      ['MeetingChangedDto', 'version'],
      ['ProtocolNumberDto', 'number'],
      ['AgendaItemDto', 'estimatedMinutes'],
      ['JusteraDto', 'revision'],
      ['FollowUpListItemDto', 'reports'],
      ['FollowUpListItemDto', 'daysLeft'],
      ['ProblemDto', 'status'],
    ];
    const types = integers.map(([name, property]) => [name, property, propertyType(name, property)]);
    expect(types).toEqual(integers.map(([name, property]) => [name, property, 'integer']));
    const queryType = (name: string, parameter: string) =>
      (operation(name).parameters as { name: string; schema?: SchemaObject }[]).find(
        (p) => p.name === parameter,
      )?.schema?.type;
    expect(queryType('GET /api/follow-ups', 'limit')).toBe('integer');
    expect(queryType('GET /api/meetings/{meetingId}/documents/{file}', 'revision')).toBe('integer');
  });

  it('gives every 4xx and 5xx answer a problem+json body', () => {
    const withoutProblem = operations().flatMap(({ name, operation }) =>
      Object.entries(operation.responses)
        .filter(([status]) => Number(status) >= 400)
        .filter(([, response]) => !(response as ResponseObject).content?.['application/problem+json'])
        .map(([status]) => `${name} ${status}`),
    );
    expect(withoutProblem).toEqual(NOT_PROBLEMS);
  });

  it('lists the content types a document comes in', () => {
    const ok = operation('GET /api/meetings/{meetingId}/documents/{file}').responses['200'] as ResponseObject;
    expect(Object.keys(ok.content ?? {}).sort()).toEqual([
      'application/json',
      'application/pdf',
      'text/calendar',
      'text/html',
    ]);
  });

  it('gives every operation a unique camelCase id that reads well in an SDK', () => {
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(ids.filter((id) => !/^[a-z]+(?:[A-Z][a-z]*)*$/.test(id ?? ''))).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const idOf = (name: string) => operation(name).operationId;
    expect({
      schedule: idOf('POST /api/groups/{groupId}/meetings'),
      read: idOf('GET /api/meetings/{meetingId}'),
      list: idOf('GET /api/follow-ups'),
      document: idOf('GET /api/meetings/{meetingId}/documents/{file}'),
      history: idOf('GET /api/meetings/{meetingId}/history'),
      login: idOf('POST /api/auth/login'),
    }).toEqual({
      schedule: 'scheduleMeeting',
      read: 'getMeeting',
      list: 'listFollowUps',
      document: 'getMeetingDocument',
      history: 'getMeetingHistory',
      login: 'login',
    });
  });
});

describe('a client generated from it (openapi-typescript + openapi-fetch)', () => {
  beforeAll(async () => {
    const types = astToString(await openapiTS(document as never));
    await mkdir(dirname(GENERATED_SCHEMA), { recursive: true });
    await writeFile(GENERATED_SCHEMA, types);
  });

  it('types the program: a person is a PersonDto, a PDF is bytes (the compiler finds no error)', async () => {
    // tsc in a process of its own: a compile in this one would stall the server under test for seconds.
    const diagnostics = await execFileAsync(process.execPath, [TSC, '--noEmit', '-p', CLIENT_TSCONFIG]).then(
      ({ stdout }) => stdout,
      (failure: { stdout?: string; message: string }) => failure.stdout || failure.message,
    );
    expect(diagnostics).toBe('');
  });

  it('signs in, reads the justerat meeting and its follow-ups, and downloads its protocol as PDF', async () => {
    const { runTypedClient } = (await import(CLIENT_MODULE)) as {
      runTypedClient: (
        baseUrl: string,
        signIn: { tenant: string; email: string; password: string },
        meetingId: string,
      ) => Promise<{
        signedInAs: string;
        protocolNumber: string;
        justerare: string[];
        responsibles: string[];
        pdf: Uint8Array;
      }>;
    };
    const run = await runTypedClient(
      baseUrlOf(demo.app),
      { tenant: DEMO_TENANT, email: demoEmail('cornelia.sjostrom'), password: DEMO_PASSWORD },
      demo.meetingId('seed'),
    );
    expect(run.signedInAs).toBe('Cornelia Sjöström');
    expect(run.protocolNumber).toBe('2/2019');
    expect(run.justerare.length).toBeGreaterThanOrEqual(2);
    expect(run.responsibles.length).toBeGreaterThan(0);
    for (const name of [...run.justerare, ...run.responsibles]) expect(name).toMatch(/^\p{L}+ \p{L}+/u);
    expect(new TextDecoder().decode(run.pdf.subarray(0, 5))).toBe('%PDF-');
  });
});
