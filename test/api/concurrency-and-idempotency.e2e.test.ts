/** If-Match (412 on a stale version) and Idempotency-Key (the same answer, one set of events) over HTTP. */
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { recordEveryItem, runningMeeting } from './support/running-meeting.js';
import { PEOPLE, type Principals, seedGroup } from './support/seed-002-group.js';

describe('If-Match and Idempotency-Key', () => {
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

  it('applies a command whose If-Match is the current ETag, and answers the new one', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    const read = await chair().get(`/api/meetings/${meetingId}`).expect(200);
    const written = await chair()
      .put(`/api/meetings/${meetingId}/items/i-info/information`)
      .set('If-Match', read.headers.etag)
      .send({ text: 'Inget att anmärka.' })
      .expect(200);
    expect(written.body).toEqual({ meetingId, version: read.body.version + 1 });
    expect(written.headers.etag).toBe(`"${read.body.version + 1}"`);
  });

  it('refuses a stale If-Match with 412 MEETING.VERSION_MISMATCH and records nothing', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    const stale = (await chair().get(`/api/meetings/${meetingId}`).expect(200)).headers.etag;
    await api
      .as(people.secretary)
      .put(`/api/meetings/${meetingId}/items/i-info/information`)
      .send({ text: 'Sekreterarens text.' })
      .expect(200);
    const before = await historyOf(meetingId);
    const response = await chair()
      .put(`/api/meetings/${meetingId}/items/i-info/information`)
      .set('If-Match', stale)
      .send({ text: 'Ordförandens text, skriven utan att ha sett sekreterarens.' })
      .expect(412);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 412,
      code: 'MEETING.VERSION_MISMATCH',
      expectedVersion: Number(stale.replaceAll('"', '')),
      currentVersion: before.length,
    });
    expect(await historyOf(meetingId)).toHaveLength(before.length);
  });

  it('answers a repeated Idempotency-Key with the same response and records one set of events', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    const before = await historyOf(meetingId);
    const send = () =>
      chair()
        .post(`/api/meetings/${meetingId}/items/i-dialog/follow-ups`)
        .set('Idempotency-Key', 'd7a4c2e0-uppfoljning-1')
        .send({
          action: 'Utvärdera avslutningsenkäten',
          responsible: PEOPLE.secretary,
          dueDate: '2019-04-29',
        });
    const first = await send().expect(201);
    const second = await send().expect(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    const after = await historyOf(meetingId);
    expect(after.slice(before.length).map(({ type }) => type)).toEqual(['FollowUpDateAssigned']);
    const followUp = await chair().get(`/api/follow-ups/${first.body.followUpId}`).expect(200);
    expect(followUp.body).toMatchObject({ version: 1, status: 'open', dueDate: '2019-04-29' });
  });

  it('answers a retried closing with the same key with the first answer, not a second number or a 422', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    await recordEveryItem(api, people, meetingId);
    api.clock.set('2019-02-25T09:55:00Z');
    const close = () =>
      chair()
        .post(`/api/meetings/${meetingId}/close`)
        .set('Idempotency-Key', 'avslut-2019-02')
        .send({ endedAt: '2019-02-25T09:50:00Z' });
    const first = await close().expect(200);
    // Later (the client lost the answer, or a script resumes): the meeting is closed and numbered now.
    api.clock.set('2019-02-25T18:00:00Z');
    const again = await close().expect(200);
    expect(again.body).toEqual(first.body);
    const closings = (await historyOf(meetingId)).filter(({ type }) => type === 'MeetingClosed');
    expect(closings).toHaveLength(1);
  });

  it('answers a repeated schedule with the same meeting, even after other changes', async () => {
    const { groupId: group, people: fresh } = await seedGroup(api);
    const schedule = () =>
      api
        .as(fresh.viceChair)
        .post(`/api/groups/${group}/meetings`)
        .set('Idempotency-Key', 'schema-maj-2019')
        .send({
          startsAt: '2019-05-20T09:00:00+02:00',
          endsAt: '2019-05-20T11:00:00+02:00',
          place: 'Kvarnen',
        });
    const first = await schedule().expect(201);
    await api
      .as(fresh.viceChair)
      .put(`/api/meetings/${first.body.meetingId}/agenda`)
      .send({ items: [] })
      .expect(200);
    const again = await schedule().expect(201);
    expect(again.body).toEqual(first.body);
  });

  it('refuses a key reused for a request on another meeting with 422 REQUEST.IDEMPOTENCY_KEY_REUSED', async () => {
    const one = await runningMeeting(api, people, groupId);
    const other = await runningMeeting(api, people, groupId);
    await chair()
      .put(`/api/meetings/${one}/items/i-info/deferral`)
      .set('Idempotency-Key', 'samma-nyckel')
      .send({ reason: 'Tiden räckte inte.' })
      .expect(200);
    const reused = await chair()
      .put(`/api/meetings/${other}/items/i-info/deferral`)
      .set('Idempotency-Key', 'samma-nyckel')
      .send({ reason: 'Tiden räckte inte.' })
      .expect(422);
    expect(reused.body.code).toBe('REQUEST.IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses the same key with another request on the same meeting with 422, and records nothing', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    const meeting = `/api/meetings/${meetingId}`;
    const first = await chair()
      .put(`${meeting}/items/i-dialog/dialog`)
      .set('Idempotency-Key', 'nyckel-dialog')
      .send({ text: 'Dialog om enkäten.' })
      .expect(200);
    const recorded = await historyOf(meetingId);
    const other = await chair()
      .put(`${meeting}/items/i-beslut/decision`)
      .set('Idempotency-Key', 'nyckel-dialog')
      .send({ text: 'Beslut enligt förslaget.', outcome: 'enighet' })
      .expect(422);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(other.body).toMatchObject({ status: 422, code: 'REQUEST.IDEMPOTENCY_KEY_REUSED' });
    const bodies = await Promise.all(
      Array.from({ length: 19 }, (_, n) =>
        chair()
          .put(`${meeting}/items/i-dialog/dialog`)
          .set('Idempotency-Key', 'nyckel-dialog')
          .send({ text: `Dialog nummer ${n + 2}.` }),
      ),
    );
    expect(bodies.map(({ status }) => status)).toEqual(Array(19).fill(422));
    expect(await historyOf(meetingId)).toEqual(recorded);
    // The request itself, sent again after all that, still gets its first answer.
    const again = await chair()
      .put(`${meeting}/items/i-dialog/dialog`)
      .set('Idempotency-Key', 'nyckel-dialog')
      .send({ text: 'Dialog om enkäten.' })
      .expect(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
  });

  it('answers 20 racing retries of a follow-up date alike: one follow-up, one FollowUpDateAssigned', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    const before = await historyOf(meetingId);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        chair()
          .post(`/api/meetings/${meetingId}/items/i-dialog/follow-ups`)
          .set('Idempotency-Key', 'uppfoljning-parallell')
          .send({ action: 'Utvärdera enkäten', responsible: PEOPLE.secretary, dueDate: '2019-04-29' }),
      ),
    );
    expect(responses.map(({ status }) => status)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map(({ text }) => text)).size).toBe(1);
    const after = await historyOf(meetingId);
    expect(after.slice(before.length).map(({ type }) => type)).toEqual(['FollowUpDateAssigned']);
    const { followUpId } = responses[0]!.body as { followUpId: string };
    // Version 1: opened once, whichever of the 20 opened it.
    const followUp = await chair().get(`/api/follow-ups/${followUpId}`).expect(200);
    expect(followUp.body).toMatchObject({ version: 1, status: 'open', dueDate: '2019-04-29' });
  });

  it('answers 20 racing retries of a schedule alike: one meeting', async () => {
    const { groupId: group, people: fresh } = await seedGroup(api);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        api
          .as(fresh.viceChair)
          .post(`/api/groups/${group}/meetings`)
          .set('Idempotency-Key', 'schema-parallellt')
          .send({
            startsAt: '2019-06-10T09:00:00+02:00',
            endsAt: '2019-06-10T11:00:00+02:00',
            place: 'Kvarnen',
          }),
      ),
    );
    expect(responses.map(({ status }) => status)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map(({ text }) => text)).size).toBe(1);
    const { meetingId } = responses[0]!.body as { meetingId: string };
    const history = await api.as(fresh.viceChair).get(`/api/meetings/${meetingId}/history`).expect(200);
    expect((history.body.events as { type: string }[]).map(({ type }) => type)).toEqual(['MeetingScheduled']);
  });

  it('numbers racing closes in one group 1, 2, 3 … with no gap, and a refused close takes none', async () => {
    const { groupId: group, people: fresh } = await seedGroup(api);
    const held: string[] = [];
    for (let n = 0; n < 5; n++) held.push(await runningMeeting(api, fresh, group));
    for (const meetingId of held.slice(0, 4)) await recordEveryItem(api, fresh, meetingId);
    api.clock.set('2019-02-25T09:55:00Z');
    // The fifth has items neither handled nor deferred: refused, and must take no number.
    const responses = await Promise.all(
      held.map((meetingId) => api.as(fresh.viceChair).post(`/api/meetings/${meetingId}/close`).send({})),
    );
    const statuses = responses.map(({ status }) => status);
    expect(statuses[4]).toBe(409);
    // A race lost three times over is a 409 to retry, never a number taken.
    expect(statuses.slice(0, 4).every((status) => status === 200 || status === 409)).toBe(true);
    const numbers = await Promise.all(
      held.map(async (meetingId) => {
        const { body } = await api.as(fresh.viceChair).get(`/api/meetings/${meetingId}`).expect(200);
        return body.protocolNumber?.number as number | undefined;
      }),
    );
    const given = numbers.filter((number) => number !== undefined).sort((a, b) => a - b);
    expect(given).toEqual(given.map((_, index) => index + 1));
    expect(given.length).toBe(statuses.filter((status) => status === 200).length);
    const { body: groupView } = await api.as(fresh.viceChair).get(`/api/groups/${group}`).expect(200);
    // The group lists every meeting held; only the ones closed carry a number.
    expect(groupView.meetings).toHaveLength(held.length);
    expect(groupView.meetings.filter((m: { protocolNumber?: unknown }) => m.protocolNumber)).toHaveLength(
      given.length,
    );
  });

  it('treats one key string from two accounts as two requests: both are applied', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    const before = await historyOf(meetingId);
    const assign = (who: Principals[keyof Principals]) =>
      api
        .as(who)
        .post(`/api/meetings/${meetingId}/items/i-dialog/follow-ups`)
        .set('Idempotency-Key', 'gemensam-nyckel')
        .send({ action: 'Utvärdera enkäten', responsible: PEOPLE.secretary, dueDate: '2019-04-29' })
        .expect(201);
    const [byViceChair, byChair] = [await assign(people.viceChair), await assign(people.chair)];
    expect(byChair.body.followUpId).not.toBe(byViceChair.body.followUpId);
    const after = await historyOf(meetingId);
    expect(after.slice(before.length).map(({ type }) => type)).toEqual([
      'FollowUpDateAssigned',
      'FollowUpDateAssigned',
    ]);
    const { groupId: group, people: fresh } = await seedGroup(api);
    const schedule = (who: Principals[keyof Principals]) =>
      api
        .as(who)
        .post(`/api/groups/${group}/meetings`)
        .set('Idempotency-Key', 'gemensam-nyckel')
        .send({
          startsAt: '2019-09-02T09:00:00+02:00',
          endsAt: '2019-09-02T11:00:00+02:00',
          place: 'Kvarnen',
        })
        .expect(201);
    const [one, two] = [await schedule(fresh.viceChair), await schedule(fresh.chair)];
    expect(two.body.meetingId).not.toBe(one.body.meetingId);
  });

  it('lets two chairs record at once without losing either: the second is decided again on the new state', async () => {
    const meetingId = await runningMeeting(api, people, groupId);
    const record = (who: Principals[keyof Principals], itemId: string, text: string) =>
      api.as(who).put(`/api/meetings/${meetingId}/items/${itemId}/information`).send({ text });
    const results = await Promise.all([
      record(people.viceChair, 'i-info', 'Ordförandens anteckning.'),
      record(people.secretary, 'i-dialog', 'Sekreterarens anteckning.'),
      record(people.chair, 'i-beslut', 'Den ordinarie ordförandens anteckning.'),
    ]);
    expect(results.map(({ status }) => status)).toEqual([200, 200, 200]);
    const { body } = await chair().get(`/api/meetings/${meetingId}`).expect(200);
    expect(
      body.agenda.map(
        (item: { records: { information?: { text: string } } }) => item.records.information?.text,
      ),
    ).toEqual([
      'Ordförandens anteckning.',
      'Sekreterarens anteckning.',
      'Den ordinarie ordförandens anteckning.',
    ]);
  });
});
