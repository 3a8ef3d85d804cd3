/**
 * Issue 9, point 9: property-based fuzzing of the HTTP edge. Every command endpoint the served
 * OpenAPI document lists (POST, PUT, PATCH, DELETE) gets, with a fixed seed and a bounded number
 * of runs: its valid body (the authorization matrix's recipe) with one value replaced by one no
 * DTO accepts, raw bodies no endpoint accepts (deep nesting, prototype keys, broken Unicode, no
 * JSON at all), bodies in other media types, and hostile path parameters. Every answer must be a
 * 4xx problem+json with a code, never a 5xx, and nothing may be appended to the log.
 */
import fc from 'fast-check';
import request from 'supertest';
import { PgEventStore } from '#libs/event-store';
import { principalOf } from './support/matrix/home-tenant.js';
import { type Persona, PERSONAS } from './support/matrix/personas.js';
import { REQUESTS, type Cell, type RequestRecipe } from './support/matrix/requests.js';
import { startMatrixWorld } from './support/matrix/world.js';
import {
  hostilePathSegment,
  hostileRawJson,
  PROTOTYPE_KEYS,
  withOwnKey,
  wrongMediaType,
  wrongValueFor,
} from './support/fuzz/nasty-values.js';

const SEED = 20261201;
const RUNS = 25;

const world = await startMatrixWorld();
afterAll(() => world.close());

/** The command endpoints of the production app's document, as `METHOD /path/{template}`. */
const commands: string[] = await request(world.real.server)
  .get('/api/docs-json')
  .then(({ body }) =>
    Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    ),
  );

// Run as the people with the most rights in each app (the vice ordförande runs the meetings, the
// admin the organisation): the edge and validation run before authorization anyway.
const runner = PERSONAS.find(({ key }) => key === 'viceChair') as Persona;
const cell: Cell = {
  persona: runner,
  index: 0,
  home: world.home,
  real: world.real,
  latestProtocol: () => Promise.resolve({ revision: 1, textHash: 'sha256:fuzz' }),
};
const store = world.api.app.get(PgEventStore);
let fuzzed = 0;

function send(recipe: RequestRecipe, path: string) {
  fuzzed += 1;
  const [method] = recipe.endpoint.split(' ') as [string];
  const verb = method.toLowerCase() as 'post' | 'put' | 'delete';
  if (recipe.server === 'test-principal')
    return world.api.as(principalOf(runner, world.home.tenantId))[verb](path);
  const real = request(world.real.server);
  return real[verb](path).set('Cookie', world.real.cookies.admin ?? '');
}

function pathOf(recipe: RequestRecipe, override: Record<string, string> = {}): string {
  const params = {
    ...Object.fromEntries(
      Object.entries(recipe.params?.(cell) ?? {}).map(([k, v]) => [k, encodeURIComponent(v)]),
    ),
    ...override,
  };
  const template = recipe.endpoint.split(' ')[1] as string;
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => params[name] ?? 'x');
}

function expectRefused(response: request.Response, what: string) {
  const context = `${what} → ${response.status} ${response.text.slice(0, 200)}`;
  expect({ context, clientError: response.status >= 400 && response.status < 500 }).toEqual({
    context,
    clientError: true,
  });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(typeof response.body.code).toBe('string');
}

/** Every value of a body with the path to it, the body itself first. */
function valuePaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const children = Array.isArray(value)
    ? value.flatMap((item, index) => valuePaths(item, [...path, index]))
    : Object.entries(value).flatMap(([key, item]) => valuePaths(item, [...path, key]));
  return [path, ...children];
}

function replaced(body: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(body) ? [...body] : { ...(body as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = replaced(copy[head], rest, replacement);
  return copy;
}

const bodyMutation = (body: unknown) =>
  fc.oneof(
    fc
      .constantFrom(...valuePaths(body))
      .chain((path) =>
        wrongValueFor(path.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], body)).map(
          (value) => replaced(body, path, value),
        ),
      ),
    fc
      .tuple(fc.constantFrom(...PROTOTYPE_KEYS, 'unbekannt', 'färg'), fc.constantFrom(...valuePaths(body)))
      .map(([key, path]) => {
        const target = path.reduce<unknown>((at, step) => (at as Record<string, unknown>)[step], body);
        if (typeof target !== 'object' || target === null || Array.isArray(target))
          return withOwnKey(body as Record<string, unknown>, key, 1);
        return replaced(body, path, withOwnKey(target as Record<string, unknown>, key, { admin: true }));
      }),
    fc.constant([body]),
  );

const recipes = commands.map((endpoint) => ({
  endpoint,
  recipe: REQUESTS.find((r) => r.endpoint === endpoint),
}));
let headBefore: number;
beforeAll(async () => {
  headBefore = await store.logHead();
});

describe('fuzzing the command endpoints', () => {
  it('finds command endpoints with recipes in the served document', () => {
    expect(commands.length).toBeGreaterThan(30);
    expect(recipes.filter(({ recipe }) => recipe === undefined).map(({ endpoint }) => endpoint)).toEqual([]);
  });

  describe.each(recipes)('$endpoint', ({ endpoint, recipe }) => {
    if (!recipe) return;

    it('refuses its valid body with one value replaced, a prototype key added, or wrapped in a list', async () => {
      const body = await recipe.body?.(cell);
      if (body === undefined) return;
      await fc.assert(
        fc.asyncProperty(bodyMutation(body), async (mutated) => {
          const response = await send(recipe, pathOf(recipe))
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(mutated));
          expectRefused(response, `${endpoint} ${JSON.stringify(mutated).slice(0, 200)}`);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });

    it('refuses raw bodies no endpoint accepts, and bodies that are not JSON', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            hostileRawJson.map((raw) => ['application/json', raw] as const),
            fc.tuple(wrongMediaType, fc.constantFrom('a=1', '<x/>', '{}')),
          ),
          async ([type, raw]) => {
            const response = await send(recipe, pathOf(recipe)).set('Content-Type', type).send(raw);
            expectRefused(response, `${endpoint} ${type} ${JSON.stringify(raw.slice(0, 120))}`);
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
    });

    const names = [...(recipe.endpoint.matchAll(/\{(\w+)\}/g) ?? [])].map((match) => match[1] as string);
    if (names.length === 0) return;
    it('refuses hostile path parameters', async () => {
      const body = await recipe.body?.(cell);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...names), hostilePathSegment, async (name, segment) => {
          const call = send(recipe, pathOf(recipe, { [name]: segment }));
          const response = await (body === undefined ? call : call.send(body as object));
          expectRefused(response, `${endpoint} ${name}=${segment.slice(0, 120)}`);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  });

  it('appended nothing to the log', async () => {
    expect(await store.logHead()).toBe(headBefore);
    console.log(
      `edge fuzzing: ${fuzzed} requests over ${commands.length} command endpoints (seed ${SEED}, ${RUNS} runs each)`,
    );
  });
});
