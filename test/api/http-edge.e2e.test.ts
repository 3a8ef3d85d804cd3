/** What the edge does with bad input: a clear 400/404/413 problem naming what is wrong, nothing recorded. */
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { principalHeader } from './support/test-principal.guard.js';
import { runningMeeting } from './support/running-meeting.js';
import { EMPLOYER, type Principals, seedGroup } from './support/seed-002-group.js';

describe('the HTTP edge', () => {
  let api: ApiTestApp;
  let people: Principals;
  let groupId: string;
  let meetingId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ people, groupId } = await seedGroup(api));
    meetingId = await runningMeeting(api, people, groupId);
  });
  afterAll(() => api?.close());

  const chair = () => api.as(people.viceChair);
  const meeting = () => `/api/meetings/${meetingId}`;
  const fieldsOf = (body: { errors: { field: string }[] }) => body.errors.map(({ field }) => field);

  it('refuses an unknown property with 400 REQUEST.INVALID naming it, nested ones by their path', async () => {
    const top = await chair()
      .put(`${meeting()}/items/i-info/information`)
      .send({ text: 'Text.', colour: 'röd' })
      .expect(400);
    expect(top.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(top.body).toMatchObject({ status: 400, code: 'REQUEST.INVALID' });
    expect(fieldsOf(top.body)).toEqual(['colour']);
    const nested = await chair()
      .put(`${meeting()}/agenda`)
      .send({
        items: [
          {
            itemId: 'i-x',
            title: 'X',
            kind: 'information',
            proposer: EMPLOYER,
            origin: { kind: 'deferred' },
          },
        ],
      })
      .expect(400);
    expect(fieldsOf(nested.body)).toEqual(['items[0].origin']);
  });

  it('names every invalid field: a missing one, a wrong enum, a title over 300 characters', async () => {
    const response = await chair()
      .put(`${meeting()}/agenda`)
      .send({ items: [{ itemId: 'i-x', title: 'x'.repeat(301), kind: 'fika', proposer: { side: 'union' } }] })
      .expect(400);
    expect(fieldsOf(response.body)).toEqual([
      'items[0].title',
      'items[0].kind',
      'items[0].proposer.organisation',
    ]);
    expect(response.body.errors[0].messages).toEqual([
      'items[0].title must be shorter than or equal to 300 characters',
    ]);
  });

  it('refuses a missing nested object, one message per field', async () => {
    const response = await chair()
      .post(`${meeting()}/items/i-dialog/follow-ups`)
      .send({ dueDate: '2019-04-29' })
      .expect(400);
    expect(response.body.errors).toEqual([
      { field: 'action', messages: ['action must be a string'] },
      { field: 'responsible', messages: ['responsible must be an object'] },
    ]);
  });

  it('refuses a date that does not exist and an instant without an offset', async () => {
    const date = await chair()
      .post(`${meeting()}/items/i-dialog/follow-ups`)
      .send({
        action: 'Utvärdera',
        responsible: { personId: 'p-sofia', name: 'Sofia Hägg' },
        dueDate: '2019-02-30',
      })
      .expect(400);
    expect(date.body.errors).toEqual([
      { field: 'dueDate', messages: ['dueDate must be a date that exists (YYYY-MM-DD)'] },
    ]);
    const instant = await chair()
      .post(`/api/groups/${groupId}/meetings`)
      .send({ startsAt: '2019-03-25T08:30:00', endsAt: '2019-03-25T25:00:00+01:00', place: 'Kvarnen' })
      .expect(400);
    expect(fieldsOf(instant.body)).toEqual(['startsAt', 'endsAt']);
  });

  it('refuses blank text at the edge, and text over 50,000 characters', async () => {
    const blank = await chair()
      .put(`${meeting()}/items/i-info/information`)
      .send({ text: '   \n ' })
      .expect(400);
    expect(blank.body.errors).toEqual([{ field: 'text', messages: ['text must not be blank'] }]);
    const long = await chair()
      .put(`${meeting()}/items/i-info/information`)
      .send({ text: 'å'.repeat(50_001) })
      .expect(400);
    expect(fieldsOf(long.body)).toEqual(['text']);
    await chair()
      .put(`${meeting()}/items/i-info/information`)
      .send({ text: 'å'.repeat(50_000) })
      .expect(200);
  });

  it('refuses the NUL character, which PostgreSQL cannot store, with 400 instead of failing at append', async () => {
    const response = await chair()
      .put(`${meeting()}/items/i-info/information`)
      .send({ text: 'före\u0000efter', comments: [{ party: EMPLOYER, text: 'ok' }] })
      .expect(400);
    expect(response.body.errors).toEqual([
      { field: 'text', messages: ['text must not contain the NUL character (U+0000)'] },
    ]);
  });

  it('answers malformed JSON with 400 REQUEST.MALFORMED_JSON', async () => {
    const response = await chair()
      .put(`${meeting()}/items/i-info/information`)
      .set('Content-Type', 'application/json')
      .send('{"text": "Inget att anmärka.",')
      .expect(400);
    expect(response.body).toMatchObject({ code: 'REQUEST.MALFORMED_JSON', status: 400 });
  });

  it('answers a body over 256 kB with 413 REQUEST.TOO_LARGE', async () => {
    const response = await chair()
      .put(`${meeting()}/items/i-info/information`)
      .send({ text: 'x'.repeat(300 * 1024) })
      .expect(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'REQUEST.TOO_LARGE', status: 413 });
  });

  it('stores HTML and script as text and returns it byte for byte, as a JSON string', async () => {
    const text = '<script>alert(1)</script> & <b>fet</b> "citat" \\ snedstreck';
    await chair().put(`${meeting()}/items/i-info/information`).send({ text }).expect(200);
    const response = await chair().get(meeting()).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.agenda[0].records.information.text).toBe(text);
    expect(response.text).toContain(JSON.stringify(text));
  });

  it('keeps å ä ö in texts, names and item ids, and in the path', async () => {
    const item = {
      itemId: 'i-övrigt-åäö',
      title: 'Övrigt: Åsa på Ängö',
      // Without an account: by name and title, both with å, ä and ö.
      presenters: [{ name: 'Åsa Öberg', title: 'Handläggare på Ängö' }],
      proposer: EMPLOYER,
    };
    await chair().post(`${meeting()}/ovriga-fragor`).send(item).expect(201);
    await chair()
      .put(`${meeting()}/items/${encodeURIComponent(item.itemId)}/information`)
      .send({ text: 'ÅÄÖ åäö – “citat” ✓' })
      .expect(200);
    const { body } = await chair().get(meeting()).expect(200);
    const entry = body.agenda.find((candidate: { itemId: string }) => candidate.itemId === item.itemId);
    expect(entry).toMatchObject({ title: item.title, kind: 'övrig fråga', presenters: item.presenters });
    expect(entry.records.information.text).toBe('ÅÄÖ åäö – “citat” ✓');
  });

  it('answers an unknown route with 404 ROUTE.NOT_FOUND and an unknown id with 404 MEETING.NOT_FOUND', async () => {
    const route = await chair().get('/api/möten').expect(404);
    expect(route.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(route.body.code).toBe('ROUTE.NOT_FOUND');
    const id = await chair().get('/api/meetings/00000000-0000-4000-8000-000000000000').expect(404);
    expect(id.body).toMatchObject({ code: 'MEETING.NOT_FOUND', status: 404 });
    const command = await chair().post('/api/meetings/finns-inte/close').expect(404);
    expect(command.body.code).toBe('MEETING.NOT_FOUND');
    const group = await chair()
      .post('/api/groups/finns-inte/meetings')
      .send({ startsAt: '2019-03-25T08:30:00+01:00', endsAt: '2019-03-25T09:30:00+01:00', place: 'X' })
      .expect(404);
    expect(group.body.code).toBe('GROUP.NOT_FOUND');
  });

  it('answers a request without a principal with 401 AUTH.UNAUTHENTICATED, before looking at the body', async () => {
    const response = await api
      .anonymous()
      .put(`${meeting()}/items/i-info/information`)
      .send({ nonsense: true })
      .expect(401);
    expect(response.body).toMatchObject({ code: 'AUTH.UNAUTHENTICATED', status: 401 });
  });

  it('refuses a malformed Idempotency-Key or If-Match with 400', async () => {
    const key = await chair()
      .post(`${meeting()}/kallelse`)
      .set('Idempotency-Key', 'två ord')
      .send({ recipients: [] })
      .expect(400);
    expect(key.body.code).toBe('REQUEST.INVALID_IDEMPOTENCY_KEY');
    const etag = await chair()
      .post(`${meeting()}/kallelse`)
      .set('If-Match', 'W/"3"')
      .send({ recipients: [] })
      .expect(400);
    expect(etag.body.code).toBe('REQUEST.INVALID_IF_MATCH');
  });

  it('sends security headers: a strict CSP, nosniff, no referrer, no framing, no X-Powered-By, no HSTS on HTTP', async () => {
    const response = await chair().get(meeting()).expect(200);
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['strict-transport-security']).toBeUndefined();
    // The document pages carry one inline <style> and nothing else: styles allowed, scripts never.
    const page = await chair().get(`${meeting()}/documents/protokoll.html`);
    const policy = page.headers['content-security-policy'] as string;
    expect(policy).toContain("style-src 'unsafe-inline'");
    expect(policy).not.toContain('script-src');
    expect(policy).toContain("default-src 'none'");
  });

  it('refuses deep nesting and prototype keys before validation, even before signing in', async () => {
    const deep = '{"text":' + '['.repeat(5000) + ']'.repeat(5000) + '}';
    const nested = await api
      .anonymous()
      .put(`${meeting()}/items/i-info/information`)
      .set('Content-Type', 'application/json')
      .send(deep)
      .expect(400);
    expect(nested.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(nested.body.code).toBe('REQUEST.INVALID');
    expect(nested.body.detail).toMatch(/nests deeper than 32 levels/);
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const response = await chair()
        .put(`${meeting()}/items/i-info/information`)
        .set('Content-Type', 'application/json')
        .send(`{"text":"Text.","comments":[{"${key}":{"admin":true}}]}`)
        .expect(400);
      expect(fieldsOf(response.body)).toEqual([`comments[0].${key}`]);
    }
  });

  it('refuses an unpaired surrogate in any text, NUL in a path or query value, naming the field', async () => {
    const surrogate = await chair()
      .put(`${meeting()}/items/i-info/information`)
      .send({ text: 'ab\ud800cd' })
      .expect(400);
    expect(surrogate.body.errors).toEqual([
      { field: 'text', messages: ['text must not contain an unpaired surrogate (not valid Unicode)'] },
    ]);
    const path = await chair().post(`/api/meetings/m%00x/close`).expect(400);
    expect(path.body).toMatchObject({ code: 'REQUEST.INVALID', errors: [{ field: 'meetingId' }] });
    const query = await chair().get('/api/follow-ups?groupId=g%00x').expect(400);
    expect(query.body).toMatchObject({ code: 'REQUEST.INVALID', errors: [{ field: 'groupId' }] });
  });

  it('refuses null where an object is expected with 400 naming the field', async () => {
    const response = await chair()
      .post(`${meeting()}/ovriga-fragor`)
      .send({ itemId: 'i-null', title: 'Med null', presenter: null, proposer: EMPLOYER })
      .expect(400);
    expect(fieldsOf(response.body)).toEqual(['presenter']);
  });

  it('reads command bodies only as application/json: anything else is 415 before anything runs', async () => {
    const { headers } = await chair().get(meeting()).expect(200);
    const plain = await chair()
      .post(`${meeting()}/close`)
      .set('Content-Type', 'text/plain')
      .send('stäng')
      .expect(415);
    expect(plain.body).toMatchObject({ status: 415, code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE' });
    const after = await chair().get(meeting()).expect(200);
    expect(after.headers.etag).toBe(headers.etag);
  });

  it('refuses a state-changing request a browser sent from another site (403 REQUEST.CROSS_SITE)', async () => {
    const foreign = await chair()
      .post(`${meeting()}/cancel`)
      .set('Origin', 'https://angripare.example')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send('reason=hej')
      .expect(403);
    expect(foreign.body).toMatchObject({ status: 403, code: 'REQUEST.CROSS_SITE' });
    const fetchSite = await chair()
      .post(`${meeting()}/cancel`)
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ reason: 'Inställt' })
      .expect(403);
    expect(fetchSite.body.code).toBe('REQUEST.CROSS_SITE');
    // Its own origin, and a program that sends none, pass on to validation.
    const own = await chair()
      .post(`${meeting()}/cancel`)
      .set('Host', 'samverkan.test')
      .set('Origin', 'http://samverkan.test')
      .set('Sec-Fetch-Site', 'same-origin')
      .send({})
      .expect(400);
    expect(own.body.code).toBe('REQUEST.INVALID');
  });

  it('never leaks internals: an error that is not ours is a 500 INTERNAL without details, and logged', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    // A principal without roles (the real guard never makes one) breaks the policy with a TypeError.
    const broken = { accountId: 'p-jenny', tenantId: people.viceChair.tenantId } as never;
    const response = await api
      .anonymous()
      .get('/api/organisation')
      .set('X-Test-Principal', principalHeader(broken))
      .expect(500);
    expect(response.body).toEqual({
      type: 'urn:samverkan:problem:INTERNAL',
      title: 'Internal Server Error',
      status: 500,
      code: 'INTERNAL',
      detail: 'An unexpected error occurred; it has been logged',
    });
    expect(logged).toHaveBeenCalledWith(expect.any(TypeError));
    logged.mockRestore();
  });
});
