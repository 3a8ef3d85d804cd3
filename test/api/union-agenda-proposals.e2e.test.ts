/**
 * MBL §12 over HTTP: a union member of the group puts an item on the agenda themselves
 * (POST /api/meetings/{id}/agenda/proposals), for the organisation they sit for, and raises an
 * övrig fråga for it; employer members go through the chairs.
 */
import type { Principal } from '#libs/identity';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { closeRunningMeeting, runningMeeting } from './support/running-meeting.js';
import { EMPLOYER, KOMMUNAL, PEOPLE, type Principals, seedGroup, VISION } from './support/seed-002-group.js';

const PROPOSAL = { title: 'Schemaläggning på Kvarnen', kind: 'dialog', estimatedMinutes: 20 };

describe('a union proposes agenda items (MBL §12)', () => {
  let api: ApiTestApp;
  let people: Principals;
  let meetingId: string;
  let employerLedamot: Principal;

  beforeAll(async () => {
    api = await startApiTestApp();
    let groupId: string;
    ({ people, groupId } = await seedGroup(api));
    employerLedamot = { ...people.outsider, accountId: 'p-erik', displayName: 'Erik Ödman' };
    await api
      .as(people.admin)
      .post(`/api/groups/${groupId}/members`)
      .send({
        person: { personId: 'p-erik', name: 'Erik Ödman' },
        party: EMPLOYER,
        role: 'ledamot',
        joinedOn: '2019-01-01',
      })
      .expect(200);
    meetingId = await runningMeeting(api, people, groupId);
  });
  afterAll(() => api?.close());

  const proposals = (meeting = meetingId) => `/api/meetings/${meeting}/agenda/proposals`;
  const meetingAs = async (caller: Principal) =>
    (await api.as(caller).get(`/api/meetings/${meetingId}`).expect(200)).body;
  const lastEvent = async () =>
    (await api.as(people.viceChair).get(`/api/meetings/${meetingId}/history`).expect(200)).body.events.at(-1);

  it('appends the item to the agenda, proposed by the organisation of the caller’s membership', async () => {
    const before = await meetingAs(people.vision);
    const response = await api
      .as(people.vision)
      .post(proposals())
      .send({ ...PROPOSAL, presenter: PEOPLE.vision })
      .expect(201);
    const { itemId, version } = response.body;
    expect(response.body).toEqual({ meetingId, version: before.version + 1, itemId: expect.any(String) });
    expect(response.headers.etag).toBe(`"${version}"`);

    const after = await meetingAs(people.vision);
    expect(after.agendaVersion).toBe(before.agendaVersion + 1);
    expect(after.agenda.at(-1)).toEqual(
      expect.objectContaining({ itemId, ...PROPOSAL, presenters: [PEOPLE.vision], proposer: VISION }),
    );
    expect(await lastEvent()).toMatchObject({
      type: 'AgendaItemProposed',
      actor: PEOPLE.vision.personId,
      data: { version: after.agendaVersion, item: { itemId, proposer: VISION }, proposedBy: PEOPLE.vision },
    });
  });

  it('never takes the proposer from the body: a request naming one is refused (400)', async () => {
    const response = await api
      .as(people.vision)
      .post(proposals())
      .send({ ...PROPOSAL, proposer: KOMMUNAL })
      .expect(400);
    expect(response.body.code).toBe('REQUEST.INVALID');
  });

  it('lets the chairs propose too, for the employer (they also set the whole agenda)', async () => {
    const { body } = await api.as(people.secretary).post(proposals()).send(PROPOSAL).expect(201);
    const item = (await meetingAs(people.secretary)).agenda.find(
      (entry: { itemId: string }) => entry.itemId === body.itemId,
    );
    expect(item.proposer).toEqual(EMPLOYER);
  });

  it('refuses an employer ledamot, HR, an admin and an outsider: 403 AUTH.FORBIDDEN', async () => {
    for (const caller of [employerLedamot, people.hr, people.admin, people.outsider]) {
      const response = await api.as(caller).post(proposals()).send(PROPOSAL).expect(403);
      expect(response.body).toMatchObject({ code: 'AUTH.FORBIDDEN', permission: 'meeting.propose-item' });
    }
  });

  it('answers a repeated Idempotency-Key with the same item, proposed once', async () => {
    const send = () =>
      api.as(people.ssr).post(proposals()).set('Idempotency-Key', 'forslag-ssr-1').send(PROPOSAL);
    const first = await send().expect(201);
    const second = await send().expect(201);
    expect(second.body).toEqual(first.body);
    const items = (await meetingAs(people.ssr)).agenda.filter(
      (entry: { itemId: string }) => entry.itemId === first.body.itemId,
    );
    expect(items).toHaveLength(1);
  });

  it('refuses an id already on the agenda (409), an empty title or an unknown kind (400)', async () => {
    const duplicate = await api
      .as(people.vision)
      .post(proposals())
      .send({ ...PROPOSAL, itemId: 'i-info' })
      .expect(409);
    expect(duplicate.body.code).toBe('MEETING.DUPLICATE_ITEM_ID');
    await api
      .as(people.vision)
      .post(proposals())
      .send({ ...PROPOSAL, title: '  ' })
      .expect(400);
    await api
      .as(people.vision)
      .post(proposals())
      .send({ ...PROPOSAL, kind: 'önskemål' })
      .expect(400);
  });

  it('lets a union member raise an övrig fråga for their own organisation only', async () => {
    const ovrigaFragor = `/api/meetings/${meetingId}/ovriga-fragor`;
    const { body } = await api
      .as(people.vision)
      .post(ovrigaFragor)
      .send({ title: 'Parkeringen vid Kvarnen', proposer: VISION })
      .expect(201);
    expect((await meetingAs(people.vision)).agenda.at(-1)).toMatchObject({
      itemId: body.itemId,
      kind: 'övrig fråga',
      proposer: VISION,
    });
    for (const proposer of [KOMMUNAL, EMPLOYER]) {
      const refused = await api
        .as(people.vision)
        .post(ovrigaFragor)
        .send({ title: 'För någon annan', proposer })
        .expect(403);
      expect(refused.body.code).toBe('AUTH.FORBIDDEN');
    }
    await api
      .as(employerLedamot)
      .post(ovrigaFragor)
      .send({ title: 'Via ordföranden', proposer: EMPLOYER })
      .expect(403);
  });

  it('refuses a proposal once the meeting is closed: 409 MEETING.CLOSED', async () => {
    const { groupId } = (await meetingAs(people.vision)) as { groupId: string };
    const closed = await runningMeeting(api, people, groupId);
    await closeRunningMeeting(api, people, closed);
    const response = await api.as(people.vision).post(proposals(closed)).send(PROPOSAL).expect(409);
    expect(response.body.code).toBe('MEETING.CLOSED');
  });
});
