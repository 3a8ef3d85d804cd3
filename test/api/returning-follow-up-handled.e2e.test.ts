/**
 * Issue 10, point 1: taking up a returning återrapportering item handles its follow-up in the same
 * act. What is recorded on the item is reported on the follow-up; the request may also complete or
 * move it. Meeting and follow-up are written in one transaction: a refusal on either side records
 * nothing on both.
 */
import { carryOverProjection } from '#libs/meetings';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import { closeRunningMeeting, runningMeeting } from './support/running-meeting.js';
import { PEOPLE, type Principals, seedGroup } from './support/seed-002-group.js';

describe('a returning follow-up handled where its item is taken up', () => {
  let api: ApiTestApp;
  let people: Principals;
  let followUpId: string;
  let march: string;
  let returningItem: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    let groupId: string;
    ({ people, groupId } = await seedGroup(api));
    const februaryId = await runningMeeting(api, people, groupId);
    const assigned = await api
      .as(people.viceChair)
      .post(`/api/meetings/${februaryId}/items/i-dialog/follow-ups`)
      .send({ action: 'Redovisa svarsfrekvensen', responsible: PEOPLE.secretary, dueDate: '2019-03-25' })
      .expect(201);
    followUpId = assigned.body.followUpId;
    await closeRunningMeeting(api, people, februaryId);
    api.clock.set('2019-03-01T09:00:00Z');
    await projectToHead(api.app, [carryOverProjection]);
    const { body } = await api
      .as(people.viceChair)
      .post(`/api/groups/${groupId}/meetings`)
      .send({ startsAt: '2019-03-25T08:30:00+01:00', endsAt: '2019-03-25T11:00:00+01:00', place: 'Kvarnen' })
      .expect(201);
    march = `/api/meetings/${body.meetingId}`;
    returningItem = `follow-up:${followUpId}`;
    await api
      .as(people.viceChair)
      .put(`${march}/agenda`)
      .send({
        items: [
          {
            itemId: returningItem,
            title: 'Svarsfrekvensen',
            kind: 'återrapportering',
            proposer: { side: 'employer' },
          },
          {
            itemId: 'i-ny',
            title: 'Nytt om rekrytering',
            kind: 'information',
            proposer: { side: 'employer' },
          },
        ],
      })
      .expect(200);
    api.clock.set('2019-03-25T09:00:00Z');
  });
  afterAll(() => api?.close());

  const chair = () => api.as(people.viceChair);
  const followUp = async () =>
    (await api.as(people.secretary).get(`/api/follow-ups/${followUpId}`).expect(200)).body as Record<
      string,
      unknown
    >;
  const meetingVersion = async () =>
    Number((await chair().get(march).expect(200)).headers.etag.replace(/"/g, ''));

  it('refuses a follow-up handling on an item that is no återrapportering, recording nothing', async () => {
    const before = await meetingVersion();
    const { body } = await chair()
      .put(`${march}/items/i-ny/information`)
      .send({ text: 'Två tjänster tillsätts.', followUp: { outcome: 'completed' } })
      .expect(409);
    expect(body.code).toBe('MEETING.NOT_A_RETURNING_FOLLOW_UP');
    expect(await meetingVersion()).toBe(before);
  });

  it('records neither the item nor the report when the follow-up side is refused', async () => {
    const before = await meetingVersion();
    // A new date without a reason: the follow-up refuses it, so the meeting records nothing either.
    const { body } = await chair()
      .put(`${march}/items/${returningItem}/information`)
      .send({
        text: 'Svarsfrekvensen var 64 %.',
        followUp: { outcome: 'rescheduled', newDueDate: '2019-05-27' },
      })
      .expect(409);
    expect(body.code).toBe('VALIDATION.TEXT_REQUIRED');
    expect(await meetingVersion()).toBe(before);
    expect((await followUp()).reports).toEqual([]);
  });

  it('reports what was recorded on the item, and the follow-up stays open', async () => {
    await chair()
      .put(`${march}/items/${returningItem}/information`)
      .send({ text: 'Svarsfrekvensen var 64 %.' })
      .expect(200);
    expect(await followUp()).toMatchObject({
      status: 'open',
      reports: [{ text: 'Svarsfrekvensen var 64 %.', itemId: returningItem, by: PEOPLE.viceChair }],
    });
  });

  it('moves it when the meeting gives it a new date, without reporting the same text twice', async () => {
    await chair()
      .put(`${march}/items/${returningItem}/information`)
      .send({
        text: 'Svarsfrekvensen var 64 %.',
        followUp: { outcome: 'rescheduled', newDueDate: '2019-05-27', reason: 'Enkäten förlängs' },
      })
      .expect(200);
    const moved = await followUp();
    expect(moved).toMatchObject({ status: 'open', dueDate: '2019-05-27' });
    expect(moved.reports).toHaveLength(1);
    expect(moved.reschedules).toEqual([
      expect.objectContaining({
        previousDueDate: '2019-03-25',
        newDueDate: '2019-05-27',
        reason: 'Enkäten förlängs',
      }),
    ]);
  });

  it('completes it in the same act when the meeting says it is done', async () => {
    await chair()
      .put(`${march}/items/${returningItem}/information`)
      .send({ text: 'Slutrapporten är klar.', followUp: { outcome: 'completed', note: 'Redovisat i mars.' } })
      .expect(200);
    expect(await followUp()).toMatchObject({
      status: 'completed',
      closingReason: 'Redovisat i mars.',
      reports: [{ text: 'Svarsfrekvensen var 64 %.' }, { text: 'Slutrapporten är klar.' }],
    });
    // Recorded again afterwards: the meeting's record changes, the completed follow-up does not.
    await chair()
      .put(`${march}/items/${returningItem}/information`)
      .send({ text: 'Slutrapporten är klar!' })
      .expect(200);
    expect((await followUp()).reports).toHaveLength(2);
  });
});
