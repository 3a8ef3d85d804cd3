import { followUpsProjection } from '#libs/follow-ups';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import { runningMeeting } from './support/running-meeting.js';
import { PEOPLE, type Principals, seedGroup } from './support/seed-002-group.js';

/** GET /api/follow-ups: the follow-ups read model behind the API, with filters and visibility. */
describe('listing follow-ups with filters', () => {
  let api: ApiTestApp;
  let people: Principals;

  beforeAll(async () => {
    api = await startApiTestApp();
    let groupId: string;
    ({ people, groupId } = await seedGroup(api));
    const meetingId = await runningMeeting(api, people, groupId);
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
