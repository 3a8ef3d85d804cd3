/** Who may do what, over HTTP: 403 AUTH.FORBIDDEN inside the tenant, 404 for another tenant's ids. */
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { closeRunningMeeting, runningMeeting } from './support/running-meeting.js';
import { PEOPLE, type Principals, principalsOf, seedGroup } from './support/seed-002-group.js';

describe('authorization over HTTP', () => {
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

  const information = (meeting = meetingId) => `/api/meetings/${meeting}/items/i-info/information`;

  it('lets a second tenant see nothing of the first: its ids answer 404, even with the same account ids', async () => {
    const other = principalsOf('tenant-grannkommunen');
    const history = () => api.as(people.viceChair).get(`/api/meetings/${meetingId}/history`).expect(200);
    const before = (await history()).body.events.length;
    for (const caller of [other.viceChair, other.admin, other.hr]) {
      const read = await api.as(caller).get(`/api/meetings/${meetingId}`).expect(404);
      expect(read.body.code).toBe('MEETING.NOT_FOUND');
      await api.as(caller).get(`/api/meetings/${meetingId}/history`).expect(404);
      await api.as(caller).put(information()).send({ text: 'Intrång.' }).expect(404);
      await api.as(caller).get(`/api/groups/${groupId}`).expect(404);
    }
    expect((await api.as(other.admin).get('/api/groups').expect(200)).body).toEqual([]);
    expect((await history()).body.events).toHaveLength(before);
  });

  it('lets the ordförande, vice ordförande and sekreterare run the meeting', async () => {
    for (const caller of [people.chair, people.viceChair, people.secretary]) {
      await api
        .as(caller)
        .put(information())
        .send({ text: `Antecknat av ${caller.displayName}.` })
        .expect(200);
    }
  });

  it('refuses a ledamot, HR, an admin and an outsider who try to record: 403 AUTH.FORBIDDEN', async () => {
    for (const caller of [people.ssr, people.hr, people.admin, people.outsider]) {
      const response = await api.as(caller).put(information()).send({ text: 'Försök.' }).expect(403);
      expect(response.body).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
    }
  });

  it('lets members and HR read the meeting and its drafts, but not an admin or an outsider', async () => {
    for (const caller of [people.ssr, people.kommunal, people.hr]) {
      await api.as(caller).get(`/api/meetings/${meetingId}`).expect(200);
    }
    for (const caller of [people.admin, people.outsider]) {
      expect((await api.as(caller).get(`/api/meetings/${meetingId}`).expect(403)).body.code).toBe(
        'AUTH.FORBIDDEN',
      );
    }
  });

  it('lets only the appointed justerare justera, each for the party they were appointed for', async () => {
    const closed = await runningMeeting(api, people, groupId);
    await closeRunningMeeting(api, people, closed);
    const { protocol } = (await api.as(people.chair).get(`/api/meetings/${closed}`).expect(200)).body;
    const justera = (caller: Principals[keyof Principals]) =>
      api.as(caller).post(`/api/meetings/${closed}/protocol/justeringar`).send(protocol);
    for (const caller of [people.vision, people.chair, people.secretary, people.hr]) {
      expect((await justera(caller).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    }
    await justera(people.ssr).expect(200);
    const { body } = await api.as(people.ssr).get(`/api/meetings/${closed}`).expect(200);
    expect(body.approvals).toEqual([
      expect.objectContaining({
        justerare: PEOPLE.ssr,
        party: { side: 'union', organisation: 'Akademikerförbundet SSR' },
      }),
    ]);
  });

  it('lets only admins manage the organisation, groups and members', async () => {
    for (const caller of [people.viceChair, people.hr]) {
      await api
        .as(caller)
        .post('/api/organisation/union-organisations')
        .send({ name: 'Vårdförbundet' })
        .expect(403);
      await api
        .as(caller)
        .post('/api/groups')
        .send({ name: 'APT Kvarnen', levels: ['APT'], unitId: 'u-soc', actsAsSkyddskommitte: false })
        .expect(403);
      await api
        .as(caller)
        .post(`/api/groups/${groupId}/members`)
        .send({
          person: { personId: 'p-ny', name: 'Ny Person' },
          party: { side: 'employer' },
          role: 'ledamot',
          joinedOn: '2019-03-01',
        })
        .expect(403);
    }
    await api
      .as(people.admin)
      .post('/api/organisation/union-organisations')
      .send({ name: 'Vårdförbundet' })
      .expect(200);
  });

  it('shows each caller the groups they may read: all for admin and HR, their own for members', async () => {
    const admin = people.admin;
    await api
      .as(admin)
      .post('/api/groups')
      .send({
        name: 'APT Kvarnen',
        levels: ['APT'],
        unitId: 'u-soc',
        parentGroupId: groupId,
        actsAsSkyddskommitte: false,
      })
      .expect(201);
    const names = async (caller: Principals[keyof Principals]) =>
      (await api.as(caller).get('/api/groups').expect(200)).body.map((group: { name: string }) => group.name);
    expect(await names(admin)).toEqual(['APT Kvarnen', 'FSG/VSG Socialförvaltningen']);
    expect(await names(people.hr)).toEqual(['APT Kvarnen', 'FSG/VSG Socialförvaltningen']);
    expect(await names(people.kommunal)).toEqual(['FSG/VSG Socialförvaltningen']);
    expect(await names(people.outsider)).toEqual([]);
  });

  it('takes a member who left off the list of those who may run or read the meetings', async () => {
    const { groupId: group, people: fresh } = await seedGroup(api);
    await api
      .as(fresh.admin)
      .post(`/api/groups/${group}/members/${PEOPLE.secretary.personId}/leave`)
      .send({ leftOn: '2019-02-01' })
      .expect(200);
    const schedule = await api
      .as(fresh.secretary)
      .post(`/api/groups/${group}/meetings`)
      .send({ startsAt: '2019-03-25T08:30:00+01:00', endsAt: '2019-03-25T10:00:00+01:00', place: 'Kvarnen' })
      .expect(403);
    expect(schedule.body.code).toBe('AUTH.FORBIDDEN');
    const { body } = await api.as(fresh.admin).get(`/api/groups/${group}`).expect(200);
    expect(
      body.members.map((member: { person: { personId: string } }) => member.person.personId),
    ).not.toContain('p-sofia');
    expect(body.memberships).toHaveLength(6);
  });
});
