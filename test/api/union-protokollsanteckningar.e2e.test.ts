/**
 * A union representative enters their organisation's protokollsanteckning themselves, when they
 * are at the meeting; the ordförande and sekreterare keep the protocol and record one for anyone.
 */
import type { Principal } from '#libs/identity';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { runningMeeting } from './support/running-meeting.js';
import { EMPLOYER, KOMMUNAL, PEOPLE, type Principals, seedGroup, VISION } from './support/seed-002-group.js';

describe('protokollsanteckningar by the union representatives', () => {
  let api: ApiTestApp;
  let people: Principals;
  let meetingId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    let groupId: string;
    ({ people, groupId } = await seedGroup(api));
    // SEED_ATTENDANCE: Vision and Akademikerförbundet SSR present, Kommunal absent.
    meetingId = await runningMeeting(api, people, groupId);
  });
  afterAll(() => api?.close());

  const annotate = (caller: Principal, party: object, text: string) =>
    api
      .as(caller)
      .post(`/api/meetings/${meetingId}/items/i-beslut/protokollsanteckningar`)
      .send({ party, text });
  const statementsOnDecisionItem = async () => {
    const { body } = await api.as(people.viceChair).get(`/api/meetings/${meetingId}`).expect(200);
    return body.agenda.find((item: { itemId: string }) => item.itemId === 'i-beslut').records
      .protokollsanteckningar;
  };
  const lastEvent = async () =>
    (await api.as(people.viceChair).get(`/api/meetings/${meetingId}/history`).expect(200)).body.events.at(-1);

  it('lets a representative recorded present enter one for their organisation, naming who did', async () => {
    const text = 'Vision anser att bemanningen inte räcker för förändringen.';
    await annotate(people.vision, VISION, text).expect(200);
    expect(await statementsOnDecisionItem()).toContainEqual({ party: VISION, text });
    expect(await lastEvent()).toMatchObject({
      type: 'ProtokollsanteckningAdded',
      actor: PEOPLE.vision.personId,
      data: { itemId: 'i-beslut', party: VISION, text, enteredBy: PEOPLE.vision },
    });
  });

  it('refuses a representative who names another organisation or the employer: 403', async () => {
    for (const party of [KOMMUNAL, EMPLOYER]) {
      const response = await annotate(people.vision, party, 'För någon annan.').expect(403);
      expect(response.body).toMatchObject({ code: 'AUTH.FORBIDDEN', permission: 'meeting.annotate' });
    }
  });

  it('refuses a representative recorded absent: 409 MEETING.NOT_PRESENT, nothing recorded', async () => {
    const before = await statementsOnDecisionItem();
    const response = await annotate(people.kommunal, KOMMUNAL, 'Kommunal reserverar sig.').expect(409);
    expect(response.body).toMatchObject({
      code: 'MEETING.NOT_PRESENT',
      personId: PEOPLE.kommunal.personId,
    });
    expect(await statementsOnDecisionItem()).toEqual(before);
  });

  it('lets the sekreterare record one for any party, present or not, without an enteredBy', async () => {
    const text = 'Kommunal har i skrift meddelat att de inte delar bedömningen.';
    await annotate(people.secretary, KOMMUNAL, text).expect(200);
    expect(await statementsOnDecisionItem()).toContainEqual({ party: KOMMUNAL, text });
    const event = await lastEvent();
    expect(event).toMatchObject({ actor: PEOPLE.secretary.personId, data: { party: KOMMUNAL, text } });
    expect(event.data.enteredBy).toBeUndefined();
  });

  it('refuses HR and an outsider, whatever party they name: 403', async () => {
    for (const caller of [people.hr, people.outsider, people.admin]) {
      await annotate(caller, VISION, 'Försök.').expect(403);
    }
  });
});
