/**
 * What a cancelled meeting would have taken up reaches the next meeting: the item deferred to it,
 * the follow-up due at it and an item a union put on its agenda all come back on the agenda
 * proposal of the meeting scheduled after it, each marked with where it came from.
 */
import { carryOverProjection } from '#libs/meetings';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import { runningMeeting } from './support/running-meeting.js';
import { PEOPLE, type Principals, seedGroup, VISION } from './support/seed-002-group.js';

const CANCELLATION = 'Förvaltningschefen är sjuk; mötet ställs in.';

describe('carry-over past a cancelled meeting', () => {
  let api: ApiTestApp;
  let people: Principals;
  let groupId: string;
  let februaryId: string;
  let marchId: string;
  let followUpId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ people, groupId } = await seedGroup(api));
    februaryId = await holdFebruary();
    marchId = await scheduleAndCancelMarch();
  });
  afterAll(() => api?.close());

  const chair = () => api.as(people.viceChair);
  /** Carry-over is a read model: projected (the worker's job) before the schedule reads it. */
  const schedule = async (startsAt: string, endsAt: string) => {
    await projectToHead(api.app, [carryOverProjection]);
    return chair()
      .post(`/api/groups/${groupId}/meetings`)
      .send({ startsAt, endsAt, place: 'Kvarnen' })
      .expect(201);
  };

  /** February: a follow-up due in March, i-beslut deferred, closed. */
  async function holdFebruary(): Promise<string> {
    const meetingId = await runningMeeting(api, people, groupId);
    const meeting = `/api/meetings/${meetingId}`;
    const assigned = await chair()
      .post(`${meeting}/items/i-dialog/follow-ups`)
      .send({ action: 'Utvärdera avslutningsenkäten', responsible: PEOPLE.secretary, dueDate: '2019-03-20' })
      .expect(201);
    followUpId = assigned.body.followUpId;
    await chair().put(`${meeting}/items/i-info/information`).send({ text: 'Information.' }).expect(200);
    await chair().put(`${meeting}/items/i-dialog/dialog`).send({ text: 'Dialog om enkäten.' }).expect(200);
    await chair()
      .put(`${meeting}/items/i-beslut/deferral`)
      .send({ reason: 'Tiden räckte inte.' })
      .expect(200);
    api.clock.set('2019-02-25T09:55:00Z');
    await chair().post(`${meeting}/close`).expect(200);
    return meetingId;
  }

  /** March: scheduled with what returns from February, Vision adds an item, then it is cancelled. */
  async function scheduleAndCancelMarch(): Promise<string> {
    api.clock.set('2019-03-01T09:00:00Z');
    const { body } = await schedule('2019-03-25T08:30:00+01:00', '2019-03-25T11:00:00+01:00');
    expect(body.carriedOver.map(({ itemId }: { itemId: string }) => itemId)).toEqual([
      `deferred:${februaryId}:i-beslut`,
      `follow-up:${followUpId}`,
    ]);
    await api
      .as(people.vision)
      .post(`/api/meetings/${body.meetingId}/agenda/proposals`)
      .send({ itemId: 'i-schema', title: 'Schemaläggning på Kvarnen', kind: 'dialog' })
      .expect(201);
    await chair().post(`/api/meetings/${body.meetingId}/cancel`).send({ reason: CANCELLATION }).expect(200);
    return body.meetingId as string;
  }

  it('brings back the deferred item, the union’s item and the due follow-up on the next meeting', async () => {
    api.clock.set('2019-03-26T09:00:00Z');
    const { body } = await schedule('2019-04-29T08:30:00+02:00', '2019-04-29T11:00:00+02:00');
    expect(body.protocolNumber).toBeUndefined();
    expect(body.carriedOver).toEqual([
      expect.objectContaining({
        itemId: `deferred:${februaryId}:i-beslut`,
        origin: expect.objectContaining({
          fromMeetingId: februaryId,
          fromParagraph: 6,
          fromDate: '2019-02-25',
        }),
      }),
      expect.objectContaining({
        itemId: `deferred:${marchId}:i-schema`,
        title: 'Schemaläggning på Kvarnen',
        proposer: VISION,
        origin: {
          kind: 'deferred',
          fromGroupId: groupId,
          fromMeetingId: marchId,
          fromItemId: 'i-schema',
          fromDate: '2019-03-25',
          reason: `Mötet ställdes in: ${CANCELLATION}`,
        },
      }),
      expect.objectContaining({
        itemId: `follow-up:${followUpId}`,
        origin: expect.objectContaining({
          kind: 'follow-up',
          fromMeetingId: februaryId,
          dueDate: '2019-03-20',
        }),
      }),
    ]);
  });

  it('refuses a follow-up reported back in the cancelled meeting with 409 MEETING.CANCELLED', async () => {
    const response = await api
      .as(people.secretary)
      .post(`/api/follow-ups/${followUpId}/reports`)
      .send({ meetingId: marchId, itemId: `follow-up:${followUpId}`, text: 'Svarsfrekvensen var 64 %.' })
      .expect(409);
    expect(response.body.code).toBe('MEETING.CANCELLED');
  });
});
