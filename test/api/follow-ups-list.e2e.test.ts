import { followUpsProjection } from '#libs/follow-ups';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import { runningMeeting } from './support/running-meeting.js';
import { PEOPLE, type Principals, seedGroup } from './support/seed-002-group.js';

/** GET /api/follow-ups: the follow-ups read model behind the API, with filters and visibility. */
describe('listing follow-ups with filters', () => {
  let api: ApiTestApp;
  let people: Principals;
  let meetingId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    let groupId: string;
    ({ people, groupId } = await seedGroup(api));
    meetingId = await runningMeeting(api, people, groupId);
    const assign = (action: string, responsible: { personId: string; name: string }, dueDate: string) =>
      api
        .as(people.viceChair)
        .post(`/api/meetings/${meetingId}/items/i-dialog/follow-ups`)
        .send({ action, responsible, dueDate })
        .expect(201);
    await assign('Utvärdera avslutningsenkäterna – även för Å/Ä/Ö-enheter', PEOPLE.secretary, '2019-03-25');
    await assign('Redovisa tillbud för mars', PEOPLE.vision, '2019-04-29');
    await projectToHead(api.app, [followUpsProjection]);
    api.clock.set('2019-04-01T10:00:00Z');
  });
  afterAll(() => api?.close());

  const actions = (body: { action: string }[]) => body.map((row) => row.action);

  it('shows a group member the open follow-ups of the group, soonest first, with days left', async () => {
    const { body } = await api.as(people.ssr).get('/api/follow-ups').expect(200);
    expect(actions(body)).toEqual([
      'Utvärdera avslutningsenkäterna – även för Å/Ä/Ö-enheter',
      'Redovisa tillbud för mars',
    ]);
    expect(body[0]).toMatchObject({
      dueDate: '2019-03-25',
      daysLeft: -7,
      status: 'open',
      responsible: PEOPLE.secretary,
    });
    expect(body[1]).toMatchObject({
      dueDate: '2019-04-29',
      daysLeft: 28,
      origin: { meetingDate: '2019-02-25' },
    });
  });

  it('filters by overdue, due date and responsible; HR sees them, an outsider sees none', async () => {
    const get = (query: string, who = people.viceChair) =>
      api.as(who).get(`/api/follow-ups?${query}`).expect(200);
    expect(actions((await get('overdue=true')).body)).toEqual([
      'Utvärdera avslutningsenkäterna – även för Å/Ä/Ö-enheter',
    ]);
    expect(actions((await get('dueOnOrBefore=2019-04-01')).body)).toHaveLength(1);
    expect(actions((await get(`responsibleId=${PEOPLE.vision.personId}`)).body)).toEqual([
      'Redovisa tillbud för mars',
    ]);
    expect((await get('status=all', people.hr)).body).toHaveLength(2);
    expect((await get('', people.outsider)).body).toEqual([]);
  });

  it('pages by the Link header: each page after the last row of the one before, none twice, none left out', async () => {
    await api
      .as(people.viceChair)
      .post(`/api/meetings/${meetingId}/items/i-dialog/follow-ups`)
      .send({ action: 'Ta fram en plan för sommaren', responsible: PEOPLE.ssr, dueDate: '2019-04-29' })
      .expect(201);
    await projectToHead(api.app, [followUpsProjection]);
    const first = await api.as(people.hr).get('/api/follow-ups?status=all&limit=2').expect(200);
    // Two due the same day (2019-04-29): by id after the date, so a page may end between them.
    expect(first.body).toHaveLength(2);
    const next = /^<([^>]+)>; rel="next"$/.exec(String(first.headers.link))?.[1];
    expect(next).toMatch(/^\/api\/follow-ups\?status=all&limit=2&cursor=[\w-]+$/);
    const second = await api.as(people.hr).get(next!).expect(200);
    expect(second.headers.link).toBeUndefined();
    const all = [...actions(first.body), ...actions(second.body)];
    expect(all.sort()).toEqual(
      [
        'Utvärdera avslutningsenkäterna – även för Å/Ä/Ö-enheter',
        'Redovisa tillbud för mars',
        'Ta fram en plan för sommaren',
      ].sort(),
    );
    // A page that holds them all has no next.
    expect(
      (await api.as(people.hr).get('/api/follow-ups?status=all').expect(200)).headers.link,
    ).toBeUndefined();
  });

  it('refuses a cursor it did not give out with 400 FOLLOW_UP.INVALID_CURSOR and changes nothing', async () => {
    for (const cursor of ['bm90LWEtY3Vyc29y', 'eyJkIjoiMjAxOS0wMi0zMCIsImkiOiJ4In0', 'a%2Fb']) {
      const bad = await api.as(people.hr).get(`/api/follow-ups?cursor=${cursor}`).expect(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(bad.body)).toMatch(/cursor/);
      if (cursor !== 'a%2Fb') expect(bad.body.code).toBe('FOLLOW_UP.INVALID_CURSOR');
    }
  });

  it('refuses a malformed filter with 400 problem+json naming it', async () => {
    const bad = await api
      .as(people.hr)
      .get('/api/follow-ups?overdue=maybe&dueOnOrBefore=2019-02-30')
      .expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(bad.body)).toMatch(/overdue/);
    expect(JSON.stringify(bad.body)).toMatch(/dueOnOrBefore/);
    await api.as(people.hr).get('/api/follow-ups?colour=blue').expect(400);
  });
});
