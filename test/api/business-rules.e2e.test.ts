/** Each rule a meeting enforces answers 409 problem+json with its stable code, and records nothing. */
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { closeRunningMeeting, runningMeeting } from './support/running-meeting.js';
import { type Principals, seedGroup, VISION } from './support/seed-002-group.js';

describe('business rules over HTTP: 409 with the rule’s code, nothing recorded', () => {
  let api: ApiTestApp;
  let people: Principals;
  let groupId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ people, groupId } = await seedGroup(api));
  });
  afterAll(() => api?.close());

  const chair = () => api.as(people.viceChair);
  const eventCount = async (meetingId: string) =>
    (await chair().get(`/api/meetings/${meetingId}/history`).expect(200)).body.events.length as number;

  it('refuses recording on a closed meeting with MEETING.CLOSED, as problem+json', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    await closeRunningMeeting(api, people, meetingId);
    const before = await eventCount(meetingId);
    const response = await chair()
      .put(`/api/meetings/${meetingId}/items/i-info/information`)
      .send({ text: 'En sen rättelse.' })
      .expect(409);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toEqual({
      type: 'urn:samverkan:problem:MEETING.CLOSED',
      title: 'Conflict',
      status: 409,
      code: 'MEETING.CLOSED',
      detail: 'The meeting is closed: only revision and justering of its protocol remain',
    });
    expect(await eventCount(meetingId)).toBe(before);
  });

  it('refuses an item that is not on the agenda with MEETING.ITEM_NOT_ON_AGENDA, naming it', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    const response = await chair()
      .put(`/api/meetings/${meetingId}/items/i-okänd/dialog`)
      .send({ text: 'Något.' })
      .expect(409);
    expect(response.body).toMatchObject({ code: 'MEETING.ITEM_NOT_ON_AGENDA', itemId: 'i-okänd' });
  });

  it('refuses to close with items neither handled nor deferred: MEETING.OPEN_ITEMS, listing them', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    const response = await chair().post(`/api/meetings/${meetingId}/close`).expect(409);
    expect(response.body.code).toBe('MEETING.OPEN_ITEMS');
    expect(response.body.openItems.map((item: { itemId: string }) => item.itemId)).toEqual([
      'i-info',
      'i-dialog',
      'i-beslut',
    ]);
  });

  it('refuses oenighet that names nobody, and a union organisation the tenant does not have', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    const decision = `/api/meetings/${meetingId}/items/i-beslut/decision`;
    const silent = await chair().put(decision).send({ text: 'Beslut.', outcome: 'oenighet' }).expect(409);
    expect(silent.body.code).toBe('MEETING.DISAGREEMENT_WITHOUT_ORGANISATIONS');
    const unknown = await chair()
      .put(decision)
      .send({ text: 'Beslut.', outcome: 'oenighet', disagreeing: ['Lärarförbundet'] })
      .expect(409);
    expect(unknown.body).toMatchObject({
      code: 'VALIDATION.UNKNOWN_UNION_ORGANISATION',
      organisation: 'Lärarförbundet',
    });
    await chair()
      .put(decision)
      .send({ text: 'Beslut.', outcome: 'oenighet', disagreeing: ['Vision'] })
      .expect(200);
  });

  it('refuses a follow-up due before the meeting: MEETING.FOLLOW_UP_DUE_BEFORE_MEETING', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    const response = await chair()
      .post(`/api/meetings/${meetingId}/items/i-dialog/follow-ups`)
      .send({
        action: 'Utvärdera enkäten',
        responsible: { personId: 'p-sofia', name: 'Sofia Hägg' },
        dueDate: '2019-02-01',
      })
      .expect(409);
    expect(response.body).toMatchObject({
      code: 'MEETING.FOLLOW_UP_DUE_BEFORE_MEETING',
      meetingDate: '2019-02-25',
    });
  });

  it('refuses justering of a revision that does not exist, and justering before close', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    const justera = () => api.as(people.ssr).post(`/api/meetings/${meetingId}/protocol/justeringar`);
    const someHash = { textHash: 'sha256:something' };
    expect(
      (
        await justera()
          .send({ revision: 1, ...someHash })
          .expect(409)
      ).body.code,
    ).toBe('MEETING.NOT_CLOSED');
    await closeRunningMeeting(api, people, meetingId);
    expect(
      (
        await justera()
          .send({ revision: 2, ...someHash })
          .expect(409)
      ).body.code,
    ).toBe('MEETING.UNKNOWN_REVISION');
    const stale = await justera().send({ revision: 1, textHash: 'sha256:not-what-was-read' }).expect(409);
    expect(stale.body.code).toBe('MEETING.TEXT_HASH_MISMATCH');
  });

  it('sends a declined protocol back for revision: justering waits for the new revision', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    await closeRunningMeeting(api, people, meetingId);
    const protocol = `/api/meetings/${meetingId}/protocol`;
    await api
      .as(people.ssr)
      .post(`${protocol}/declines`)
      .send({ revision: 1, comment: 'Fel datum i § 5.' })
      .expect(200);
    // What a justerare sends: the revision and the hash of the text they read.
    const latest = async () => (await chair().get(`/api/meetings/${meetingId}`).expect(200)).body.protocol;
    const blocked = await api
      .as(people.viceChair)
      .post(`${protocol}/justeringar`)
      .send(await latest())
      .expect(409);
    expect(blocked.body.code).toBe('MEETING.CHANGE_REQUESTED');
    await api
      .as(people.secretary)
      .post(`${protocol}/revisions`)
      .send({
        reason: 'Rättat datum',
        corrections: [{ itemId: 'i-dialog', record: 'dialog', text: 'Rättad text.' }],
      })
      .expect(200);
    const revision2 = await latest();
    expect(revision2.revision).toBe(2);
    await api.as(people.ssr).post(`${protocol}/justeringar`).send(revision2).expect(200);
    await api.as(people.viceChair).post(`${protocol}/justeringar`).send(revision2).expect(200);
    const { body } = await chair().get(`/api/meetings/${meetingId}`).expect(200);
    expect(body).toMatchObject({ protocolStatus: 'justerat', protocol: { revision: 2 } });
  });

  it('refuses a meeting that cannot be scheduled; one that can takes no number until it closes', async () => {
    const { groupId: freshGroup, people: freshPeople } = await seedGroup(api);
    const schedule = (startsAt: string, endsAt: string) =>
      api
        .as(freshPeople.viceChair)
        .post(`/api/groups/${freshGroup}/meetings`)
        .send({ startsAt, endsAt, place: 'Kvarnen' });
    const backwards = await schedule('2019-05-20T10:00:00+02:00', '2019-05-20T09:00:00+02:00').expect(409);
    expect(backwards.body.code).toBe('MEETING.ENDS_BEFORE_START');
    const nowhere = await api
      .as(freshPeople.viceChair)
      .post(`/api/groups/${freshGroup}/meetings`)
      .send({ startsAt: '2019-05-20T09:00:00+02:00', endsAt: '2019-05-20T10:00:00+02:00' })
      .expect(409);
    expect(nowhere.body.code).toBe('MEETING.LOCATION_REQUIRED');
    const first = await schedule('2019-05-20T09:00:00+02:00', '2019-05-20T10:00:00+02:00').expect(201);
    expect(first.body.protocolNumber).toBeUndefined();
  });

  it('takes a party statement as VISION wrote it, and a protokollsanteckning for it', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    await chair()
      .post(`/api/meetings/${meetingId}/items/i-beslut/protokollsanteckningar`)
      .send({ party: VISION, text: 'Vision vill att uppföljningen sker kvartalsvis.' })
      .expect(200);
    const { body } = await chair().get(`/api/meetings/${meetingId}`).expect(200);
    const item = body.agenda.find((entry: { itemId: string }) => entry.itemId === 'i-beslut');
    expect(item.records.protokollsanteckningar).toEqual([
      { party: VISION, text: 'Vision vill att uppföljningen sker kvartalsvis.' },
    ]);
  });
});
