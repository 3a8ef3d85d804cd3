/** The OpenAPI document at /api/docs-json describes every endpoint: body, answers, problems and their codes. */
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';

type Operation = {
  requestBody?: { content: Record<string, unknown> };
  responses: Record<
    string,
    { content?: Record<string, { schema?: { allOf?: { properties?: { code?: { enum: string[] } } }[] } }> }
  >;
  summary?: string;
  security?: unknown[];
};

describe('the OpenAPI document', () => {
  let api: ApiTestApp;
  let paths: Record<string, Record<string, Operation>>;

  beforeAll(async () => {
    api = await startApiTestApp();
    const response = await api.anonymous().get('/api/docs-json').expect(200);
    paths = response.body.paths;
  });
  afterAll(() => api?.close());

  const operations = () =>
    Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        name: `${method.toUpperCase()} ${path}`,
        method,
        operation,
      })),
    );
  const codesOf = (operation: Operation, status: string) =>
    operation.responses[status]?.content?.['application/problem+json']?.schema?.allOf?.[1]?.properties?.code
      ?.enum ?? [];

  it('has every endpoint of the meetings API, and the UI at /api/docs', async () => {
    const names = operations().map(({ name }) => name);
    expect(names.filter((name) => name.includes('/api/'))).toHaveLength(63);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /api/groups/{groupId}/meetings',
        'PUT /api/groups/{groupId}/meeting-leadership',
        'PUT /api/groups/{groupId}/protocol-form',
        'PUT /api/groups/{groupId}/protocol-number-series/{year}',
        'POST /api/meetings/{meetingId}/agenda/proposals',
        'PUT /api/meetings/{meetingId}/items/{itemId}/information',
        'PUT /api/meetings/{meetingId}/items/{itemId}/escalation',
        'POST /api/meetings/{meetingId}/protocol/justeringar',
        'POST /api/meetings/{meetingId}/reschedule',
        'POST /api/meetings/{meetingId}/cancel',
        'GET /api/meetings/{meetingId}/history',
        'POST /api/follow-ups/{followUpId}/complete',
        'GET /api/follow-ups',
        'PUT /api/groups/{groupId}/justering',
        'PUT /api/groups/{groupId}/federation-justering',
        'PUT /api/organisation/union-organisations/{name}/federation',
        'PUT /api/groups/{groupId}/notice-times',
        'PUT /api/organisation/reminder-lead-days',
        'PUT /api/organisation/justering-days',
        'GET /api/follow-ups/overview',
        'GET /api/follow-ups/overview/figures',
        'GET /api/follow-ups/overview/export.csv',
        'GET /api/follow-ups/calendar/feed.ics',
        'GET /api/meetings/{meetingId}/archive-package',
        'POST /api/verification',
      ]),
    );
    const ui = await api.anonymous().get('/api/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('gives every endpoint a summary, a success answer and its 401 and 403 problems', () => {
    for (const { name, operation } of operations()) {
      // A public endpoint (`security: []`, the calendar feed a token opens) answers neither.
      if (Array.isArray(operation.security) && operation.security.length === 0) continue;
      expect({ name, summary: typeof operation.summary }).toEqual({ name, summary: 'string' });
      const statuses = Object.keys(operation.responses);
      expect({ name, success: statuses.some((status) => status.startsWith('2')) }).toEqual({
        name,
        success: true,
      });
      expect({ name, auth: codesOf(operation, '401').concat(codesOf(operation, '403')) }).toEqual({
        name,
        auth: ['AUTH.UNAUTHENTICATED', 'AUTH.FORBIDDEN'],
      });
    }
  });

  it('gives every command its JSON body (when it takes one) and the 400, 409, 412 and 413 codes', () => {
    // Not a command: the verification of a copy writes nothing (no 409, no If-Match) and takes a
    // file too, with a 413 of its own besides the edge's for JSON (checked below).
    const notCommands = ['POST /api/verification'];
    const commands = operations().filter(
      ({ method, name }) => method !== 'get' && !notCommands.includes(name),
    );
    const bodiless = [
      'DELETE /api/organisation/union-organisations/{name}',
      'DELETE /api/organisation/union-organisations/{name}/federation',
      'DELETE /api/groups/{groupId}/protocol-form',
    ];
    for (const { name, operation } of commands) {
      const hasBody = operation.requestBody?.content['application/json'] !== undefined;
      expect({ name, hasBody }).toEqual({ name, hasBody: !bodiless.includes(name) });
      expect(codesOf(operation, '400')).toContain('REQUEST.INVALID');
      expect(codesOf(operation, '409').length).toBeGreaterThan(0);
      expect(codesOf(operation, '412')[0]).toMatch(/\.VERSION_MISMATCH$/);
      expect(codesOf(operation, '413')).toEqual(['REQUEST.TOO_LARGE']);
    }
    const verification = paths['/api/verification']!.post!;
    expect(Object.keys(verification.requestBody?.content ?? {}).sort()).toEqual([
      'application/json',
      'multipart/form-data',
    ]);
    expect(verification.security).toEqual([]);
    expect(codesOf(verification, '413')).toEqual(['REQUEST.TOO_LARGE', 'VERIFICATION.TOO_LARGE']);
    expect(codesOf(verification, '415')).toEqual(['VERIFICATION.NOT_A_PDF']);
    expect(codesOf(verification, '429')).toEqual(['VERIFICATION.TOO_MANY_REQUESTS']);
    const close = paths['/api/meetings/{meetingId}/close']!.post!;
    expect(codesOf(close, '409')).toEqual(
      expect.arrayContaining(['MEETING.OPEN_ITEMS', 'MEETING.NO_JUSTERARE']),
    );
    const propose = paths['/api/meetings/{meetingId}/agenda/proposals']!.post!;
    expect(Object.keys(propose.responses)).toContain('201');
    expect(codesOf(propose, '409')).toEqual(
      expect.arrayContaining(['MEETING.CLOSED', 'MEETING.DUPLICATE_ITEM_ID', 'VALIDATION.TEXT_REQUIRED']),
    );
    const annotate = paths['/api/meetings/{meetingId}/items/{itemId}/protokollsanteckningar']!.post!;
    expect(codesOf(annotate, '409')).toContain('MEETING.NOT_PRESENT');
  });
});
