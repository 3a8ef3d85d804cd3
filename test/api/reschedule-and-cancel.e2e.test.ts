/**
 * Moving and cancelling a meeting over HTTP (POST /api/meetings/{id}/reschedule and /cancel): what
 * the meeting view shows afterwards, what a cancelled meeting refuses, and bad input refused at
 * the edge with nothing recorded.
 */
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { runningMeeting, SMALL_AGENDA } from './support/running-meeting.js';
import { type Principals, seedGroup } from './support/seed-002-group.js';

const MARCH = {
  startsAt: '2019-03-11T08:30:00+01:00',
  endsAt: '2019-03-11T10:00:00+01:00',
  place: 'Kvarnen',
};
const REASON =
  'Mötet ställs in: förvaltningschefen är sjuk och löneöversynen är ännu inte klar. Åter i april.';

describe('rescheduling and cancelling a meeting', () => {
  let api: ApiTestApp;
  let people: Principals;
  let groupId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ people, groupId } = await seedGroup(api));
  });
  afterAll(() => api?.close());

  const chair = () => api.as(people.viceChair);
  const historyOf = async (meetingId: string) =>
    (await chair().get(`/api/meetings/${meetingId}/history`).expect(200)).body.events as { type: string }[];

  /** A meeting in March with an agenda: nothing recorded on its items yet. */
  async function marchMeeting(): Promise<string> {
    api.clock.set('2019-02-01T09:00:00Z');
    const { body } = await chair().post(`/api/groups/${groupId}/meetings`).send(MARCH).expect(201);
    await chair().put(`/api/meetings/${body.meetingId}/agenda`).send({ items: SMALL_AGENDA }).expect(200);
    return body.meetingId as string;
  }

  it('moves the meeting to its new time and place, with If-Match; the same move again records nothing', async () => {
    const meetingId = await marchMeeting();
    const read = await chair().get(`/api/meetings/${meetingId}`).expect(200);
    const move = {
      startsAt: '2019-03-18T13:00:00+01:00',
      endsAt: '2019-03-18T15:30:00+01:00',
      videoLink: 'https://video.exempelstad.se/fsg',
    };
    const moved = await chair()
      .post(`/api/meetings/${meetingId}/reschedule`)
      .set('If-Match', read.headers.etag)
      .send(move)
      .expect(200);
    expect(moved.body).toEqual({ meetingId, version: read.body.version + 1 });
    expect(moved.headers.etag).toBe(`"${read.body.version + 1}"`);

    const { body: meeting } = await chair().get(`/api/meetings/${meetingId}`).expect(200);
    expect(meeting).toMatchObject({
      status: 'scheduled',
      startsAt: '2019-03-18T12:00:00Z',
      endsAt: '2019-03-18T14:30:00Z',
      meetingDate: '2019-03-18',
      videoLink: move.videoLink,
    });
    // Numbered when it closes: moving it changes no number.
    expect(meeting.protocolNumber).toBeUndefined();
    // The location is replaced as a whole: the room it had is no longer where it is.
    expect(meeting.place).toBeUndefined();

    const again = await chair().post(`/api/meetings/${meetingId}/reschedule`).send(move).expect(200);
    expect(again.body.version).toBe(moved.body.version);
    expect((await historyOf(meetingId)).at(-1)?.type).toBe('MeetingRescheduled');
  });

  it('refuses a stale If-Match with 412 and records nothing', async () => {
    const meetingId = await marchMeeting();
    const stale = (await chair().get(`/api/meetings/${meetingId}`).expect(200)).headers.etag;
    await chair()
      .post(`/api/meetings/${meetingId}/reschedule`)
      .send({ ...MARCH, place: 'Öresund' })
      .expect(200);
    const before = await historyOf(meetingId);
    const response = await chair()
      .post(`/api/meetings/${meetingId}/cancel`)
      .set('If-Match', stale)
      .send({ reason: REASON })
      .expect(412);
    expect(response.body.code).toBe('MEETING.VERSION_MISMATCH');
    expect(await historyOf(meetingId)).toHaveLength(before.length);
  });

  it('cancels the meeting: the view shows status cancelled and the reason with å ä ö, it takes no number', async () => {
    const meetingId = await marchMeeting();
    api.clock.set('2019-03-04T10:15:00Z');
    const send = () =>
      chair()
        .post(`/api/meetings/${meetingId}/cancel`)
        .set('Idempotency-Key', `installt-${meetingId}`)
        .send({ reason: REASON });
    const first = await send().expect(200);
    const second = await send().expect(200);
    expect(second.body).toEqual(first.body);

    const { body: meeting } = await api.as(people.ssr).get(`/api/meetings/${meetingId}`).expect(200);
    expect(meeting).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: REASON, at: '2019-03-04T10:15:00.000Z' },
      protocolStatus: 'no protocol',
    });
    // A cancelled meeting is never closed, so it never takes a protocol number.
    expect(meeting.protocolNumber).toBeUndefined();
    // Cancelling again, even with another reason, records nothing more.
    await chair().post(`/api/meetings/${meetingId}/cancel`).send({ reason: 'Ett annat skäl.' }).expect(200);
    const events = (await historyOf(meetingId)).map(({ type }) => type);
    expect(events.filter((type) => type === 'MeetingCancelled')).toHaveLength(1);
  });

  it('refuses anything recorded on a cancelled meeting with 409 MEETING.CANCELLED, recording nothing', async () => {
    const meetingId = await marchMeeting();
    await chair().post(`/api/meetings/${meetingId}/cancel`).send({ reason: REASON }).expect(200);
    const before = await historyOf(meetingId);
    const meeting = `/api/meetings/${meetingId}`;
    const refused = [
      chair().put(`${meeting}/items/i-info/information`).send({ text: 'Informationen noteras.' }),
      chair()
        .put(`${meeting}/agenda`)
        .send({ items: SMALL_AGENDA.slice(0, 1) }),
      chair().post(`${meeting}/reschedule`).send(MARCH),
      chair().post(`${meeting}/close`),
      api.as(people.vision).post(`${meeting}/agenda/proposals`).send({ title: 'Schemat', kind: 'dialog' }),
    ];
    for (const request of refused) {
      const response = await request.expect(409);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 409, code: 'MEETING.CANCELLED', reason: REASON });
    }
    expect(await historyOf(meetingId)).toHaveLength(before.length);
  });

  it('refuses bad input with 400 naming the field, and records nothing', async () => {
    const meetingId = await marchMeeting();
    const before = await historyOf(meetingId);
    const reschedule = (body: object) => chair().post(`/api/meetings/${meetingId}/reschedule`).send(body);
    const cancel = (body: object) => chair().post(`/api/meetings/${meetingId}/cancel`).send(body);
    const fieldsOf = async (request: ReturnType<typeof cancel>) => {
      const response = await request.expect(400);
      expect(response.body).toMatchObject({ status: 400, code: 'REQUEST.INVALID' });
      return (response.body.errors as { field: string }[]).map(({ field }) => field);
    };

    expect(await fieldsOf(reschedule({ ...MARCH, endsAt: '2019-03-11T07:00:00+01:00' }))).toEqual(['endsAt']);
    expect(await fieldsOf(reschedule({ ...MARCH, endsAt: MARCH.startsAt }))).toEqual(['endsAt']);
    expect(await fieldsOf(reschedule({ ...MARCH, startsAt: '2019-02-30T08:30:00+01:00' }))).toEqual([
      'startsAt',
    ]);
    expect(await fieldsOf(reschedule({ ...MARCH, startsAt: '2019-03-11T08:30:00' }))).toEqual(['startsAt']);
    expect(await fieldsOf(reschedule({ ...MARCH, place: ' ' }))).toEqual(['place']);
    expect(await fieldsOf(cancel({ reason: '   ' }))).toEqual(['reason']);
    expect(await fieldsOf(cancel({}))).toEqual(['reason']);
    expect(await fieldsOf(cancel({ reason: REASON, colour: 'röd' }))).toEqual(['colour']);

    const nowhere = await reschedule({ startsAt: MARCH.startsAt, endsAt: MARCH.endsAt }).expect(409);
    expect(nowhere.body.code).toBe('MEETING.LOCATION_REQUIRED');
    // Moving to another year is no longer refused: the meeting has no number yet (numbers are given
    // at closing); a meeting numbered at scheduling (older events) is still held to its year.
    expect(await historyOf(meetingId)).toHaveLength(before.length);
  });

  it('refuses to move or cancel a meeting under way (something recorded) with 409 MEETING.UNDER_WAY', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    await chair()
      .put(`/api/meetings/${meetingId}/items/i-info/information`)
      .send({ text: 'Förvaltningen arbetar vidare med APT.' })
      .expect(200);
    const cancel = await chair()
      .post(`/api/meetings/${meetingId}/cancel`)
      .send({ reason: REASON })
      .expect(409);
    expect(cancel.body).toMatchObject({ code: 'MEETING.UNDER_WAY', itemIds: ['i-info'] });
    const move = await chair().post(`/api/meetings/${meetingId}/reschedule`).send(MARCH).expect(409);
    expect(move.body.code).toBe('MEETING.UNDER_WAY');
  });

  it('lets only those who run the meeting move or cancel it', async () => {
    const meetingId = await marchMeeting();
    const forbidden = await api
      .as(people.vision)
      .post(`/api/meetings/${meetingId}/cancel`)
      .send({ reason: REASON })
      .expect(403);
    expect(forbidden.body.code).toBe('AUTH.FORBIDDEN');
    await api.as(people.secretary).post(`/api/meetings/${meetingId}/reschedule`).send(MARCH).expect(200);
    await api.as(people.hr).post(`/api/meetings/${meetingId}/cancel`).send({ reason: REASON }).expect(403);
  });
});
