/**
 * Issue 3: authorization is checked on every endpoint. Walks every endpoint the API's OpenAPI
 * document (GET /api/docs-json) lists × every persona over HTTP, and asserts what that user sees:
 * let through (any answer but 401/403: 2xx, or 409 where the state refuses it), 403
 * AUTH.FORBIDDEN, 401 AUTH.UNAUTHENTICATED, or 404 for another tenant's ids. The expected cell
 * comes from the product rules (support/matrix/rules.ts, after DOMAIN.md) via the expectation
 * table (support/matrix/expectations.ts); an endpoint without a row fails.
 */
import request from 'supertest';
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { DEVIATIONS, deviationOf, EXPECTATIONS } from './support/matrix/expectations.js';
import { PERSONAS, type Persona } from './support/matrix/personas.js';
import { projectFollowUps } from './support/matrix/project-follow-ups.js';
import { REQUESTS, type RequestRecipe } from './support/matrix/requests.js';
import { type Outcome, outcomeFor } from './support/matrix/rules.js';
import { startMatrixWorld } from './support/matrix/world.js';
import { projectToHead } from './support/project-to-head.js';

const world = await startMatrixWorld();
afterAll(() => world.close());
// Documents are read models: the meetings' documents must exist before the document rows read them.
await projectToHead(world.api.app, DOCUMENT_PROJECTIONS);

/** `METHOD /path/{template}` of every operation the production app documents, as main.ts serves it. */
const served: string[] = await request(world.real.server)
  .get('/api/docs-json')
  .then(({ status, body }) => {
    if (status !== 200) throw new Error(`GET /api/docs-json answered ${status}`);
    return Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
  })
  .catch(async (error: unknown) => {
    await world.close();
    throw error;
  });

const recipeOf = (endpoint: string) => REQUESTS.find((recipe) => recipe.endpoint === endpoint);
/** Where an endpoint's request runs in REQUESTS; -1 (first, and failing) when it has none. */
const position = (endpoint: string) => REQUESTS.findIndex((recipe) => recipe.endpoint === endpoint);
/** The walk: the document's endpoints, in the order their requests make sense. */
const walk = [...served].sort((a, b) => position(a) - position(b));

/** Every cell's status, for MATRIX_PRINT=1. */
const seen = new Map<string, string[]>();

function assertOutcome(outcome: Outcome, persona: Persona, response: request.Response) {
  const { status } = response;
  const code = (response.body as { code?: unknown } | undefined)?.code;
  switch (outcome) {
    case 'allowed':
      if ((status >= 200 && status < 300) || status === 409) return;
      throw new Error(
        `expected ${persona.key} to be let through (2xx, or 409 from the state), got ${status} ` +
          `${String(code)}: ${JSON.stringify(response.body).slice(0, 300)}`,
      );
    case 'forbidden':
      expect({ status, code }).toEqual({ status: 403, code: 'AUTH.FORBIDDEN' });
      return;
    case 'unauthenticated':
      expect({ status, code }).toEqual({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
      return;
    case 'not-found':
      expect({ status, code }).toEqual({ status: 404, code: expect.stringMatching(/NOT_FOUND$/) });
  }
}

describe('the authorization matrix: every endpoint of /api/docs-json × every persona', () => {
  afterAll(() => {
    if (process.env.MATRIX_PRINT !== '1') return;
    const head = ['endpoint', ...PERSONAS.map(({ key }) => key)].join('\t');
    const rows = [...seen].map(([endpoint, statuses]) => [endpoint, ...statuses].join('\t'));
    console.log(`${walk.length} endpoints × ${PERSONAS.length} personas\n${[head, ...rows].join('\n')}`);
  });

  it('has a row and a request for every endpoint the API serves, and none for one it does not', () => {
    const rows = Object.keys(EXPECTATIONS);
    const requests = REQUESTS.map(({ endpoint }) => endpoint);
    expect({ servedWithoutRow: served.filter((endpoint) => !rows.includes(endpoint)) }).toEqual({
      servedWithoutRow: [],
    });
    expect({ rowsNotServed: rows.filter((endpoint) => !served.includes(endpoint)) }).toEqual({
      rowsNotServed: [],
    });
    expect([...requests].sort()).toEqual([...rows].sort());
    expect(new Set(requests).size).toBe(requests.length);
  });

  it('keeps only deviations that name a real cell and differ from the rule', () => {
    for (const { endpoint, persona, api } of DEVIATIONS) {
      const expectation = EXPECTATIONS[endpoint];
      const who = PERSONAS.find(({ key }) => key === persona);
      expect({ endpoint, persona, known: expectation !== undefined && who !== undefined }).toEqual({
        endpoint,
        persona,
        known: true,
      });
      if (expectation && who) expect(outcomeFor(expectation.rule, expectation.scope, who)).not.toBe(api);
    }
  });

  for (const endpoint of walk) {
    const expectation = EXPECTATIONS[endpoint];
    const recipe = recipeOf(endpoint);
    if (expectation === undefined || recipe === undefined) {
      it(`${endpoint} has a row in the expectation table and a request recipe`, () => {
        expect({ endpoint, row: expectation, recipe: recipe?.endpoint }).toEqual({
          endpoint,
          row: expect.anything(),
          recipe: endpoint,
        });
      });
      continue;
    }
    describe(`${endpoint} [${expectation.rule}]`, () => {
      PERSONAS.forEach((persona, index) => {
        const rule = outcomeFor(expectation.rule, expectation.scope, persona);
        const deviation = deviationOf(endpoint, persona.key);
        const title = deviation
          ? `${persona.label} → ${deviation.api} (KNOWN DEVIATION: the rule says ${rule})`
          : `${persona.label} → ${rule}`;
        it(title, async () => {
          const response = await world.send(recipe, persona, index);
          seen.set(endpoint, [
            ...(seen.get(endpoint) ?? []),
            response.status === 409 ? `409:${String(response.body?.code)}` : String(response.status),
          ]);
          assertOutcome(deviation?.api ?? rule, persona, response);
          if (deviation?.body !== undefined) expect(response.body).toEqual(deviation.body);
        });
      });
    });
  }
});

describe('what the lists show each persona (the lists answer 200 to everyone, filtered)', () => {
  const signedIn = PERSONAS.filter((persona) => persona.tenant !== 'none');
  const readable = (rule: 'read-group' | 'read-follow-up', persona: Persona) =>
    outcomeFor(rule, 'resource', persona) === 'allowed';

  beforeAll(() => projectFollowUps(world.api));

  it.each(signedIn.map((persona, index) => [persona.label, persona, index] as const))(
    'GET /api/groups shows %s the group only if they may read it',
    async (_label, persona, index) => {
      const response = await world.send(
        { endpoint: 'GET /api/groups', server: 'test-principal' },
        persona,
        index,
      );
      const ids = (response.body as { groupId: string }[]).map(({ groupId }) => groupId);
      expect({ persona: persona.key, sees: ids.includes(world.home.groupId) }).toEqual({
        persona: persona.key,
        sees: readable('read-group', persona),
      });
    },
  );

  it.each(signedIn.map((persona, index) => [persona.label, persona, index] as const))(
    'GET /api/follow-ups?status=all shows %s the follow-ups only if they may read them',
    async (_label, persona, index) => {
      const recipe: RequestRecipe = { endpoint: 'GET /api/follow-ups?status=all', server: 'test-principal' };
      const response = await world.send(recipe, persona, index);
      const ids = (response.body as { followUpId: string }[]).map(({ followUpId }) => followUpId);
      const { main, toCancel } = world.home.followUps;
      const expected = readable('read-follow-up', persona);
      expect({ persona: persona.key, main: ids.includes(main), toCancel: ids.includes(toCancel) }).toEqual({
        persona: persona.key,
        main: expected,
        toCancel: expected,
      });
    },
  );
});
