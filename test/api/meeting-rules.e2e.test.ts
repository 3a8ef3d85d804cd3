/**
 * The rules a review of real meetings found missing (issue 10, point 5), over HTTP: each refusal
 * is a 4xx problem+json with its code and records nothing; each allowed path does what a user
 * would see (the reason a union's item was taken off, the new revision a late
 * protokollsanteckning makes, the union vice ordförande running the meeting where the group says so).
 */
import type { Response } from 'supertest';
import type { Principal } from '#libs/identity';
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import { closeRunningMeeting, runningMeeting, SMALL_AGENDA } from './support/running-meeting.js';
import {
  KOMMUNAL,
  PEOPLE,
  type Principals,
  SEED_ATTENDANCE,
  seedGroup,
  VISION,
} from './support/seed-002-group.js';

describe('the meeting rules the review found missing', () => {
  let api: ApiTestApp;
  let people: Principals;
  let groupId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ people, groupId } = await seedGroup(api));
  });
  afterAll(() => api?.close());

  const chair = () => api.as(people.viceChair);
  const meetingOf = async (meetingId: string, caller: Principal = people.viceChair) =>
    (await api.as(caller).get(`/api/meetings/${meetingId}`).expect(200)).body;
  const eventCount = async (meetingId: string) =>
    (await chair().get(`/api/meetings/${meetingId}/history`).expect(200)).body.events.length as number;

  /** Sends a request that must be refused: the status, the code, problem+json, and nothing appended. */
  async function expectRefused(
    meetingId: string,
    send: () => PromiseLike<Response>,
    status: number,
    code: string,
  ) {
    const before = await eventCount(meetingId);
    const response = await send();
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await eventCount(meetingId)).toBe(before);
    return response.body;
  }

  describe('a union’s agenda item is taken off only with a reason the proposer reads (MBL §12)', () => {
    it('refuses a PUT agenda that drops Vision’s item without a reason, then keeps the reason given', async () => {
      const meetingId = await runningMeeting(api, people, groupId);
      const agenda = `/api/meetings/${meetingId}/agenda`;
      const withoutBeslut = SMALL_AGENDA.filter(({ itemId }) => itemId !== 'i-beslut');
      const refused = await expectRefused(
        meetingId,
        () => chair().put(agenda).send({ items: withoutBeslut }),
        409,
        'MEETING.REMOVAL_REASON_REQUIRED',
      );
      expect(refused).toMatchObject({ items: [{ itemId: 'i-beslut' }] });

      const reason = 'Frågan lyfts i stället i CSG den 4 mars, där beslutet fattas.';
      await chair()
        .put(agenda)
        .send({ items: withoutBeslut, removals: [{ itemId: 'i-beslut', reason }] })
        .expect(200);
      const seenByVision = await meetingOf(meetingId, people.vision);
      expect(seenByVision.agenda.map(({ itemId }: { itemId: string }) => itemId)).toEqual([
        'i-info',
        'i-dialog',
      ]);
      expect(seenByVision.removedItems).toEqual([
        expect.objectContaining({
          item: expect.objectContaining({ itemId: 'i-beslut', proposer: VISION }),
          reason,
          agendaVersion: seenByVision.agendaVersion,
        }),
      ]);
    });

    it('refuses a reason for an item the new agenda keeps (409), and a blank one (400)', async () => {
      const meetingId = await runningMeeting(api, people, groupId);
      const agenda = `/api/meetings/${meetingId}/agenda`;
      await expectRefused(
        meetingId,
        () =>
          chair()
            .put(agenda)
            .send({ items: SMALL_AGENDA, removals: [{ itemId: 'i-beslut', reason: 'Stryks.' }] }),
        409,
        'MEETING.REMOVAL_OF_KEPT_ITEM',
      );
      await expectRefused(
        meetingId,
        () =>
          chair()
            .put(agenda)
            .send({ items: SMALL_AGENDA.slice(0, 2), removals: [{ itemId: 'i-beslut', reason: '' }] }),
        400,
        'REQUEST.INVALID',
      );
    });
  });

  describe('justering names the hash of the revision it approves', () => {
    it('refuses a justering without the hash (400) or with another text’s hash (409), and approves the text read', async () => {
      const meetingId = await runningMeeting(api, people, groupId);
      await closeRunningMeeting(api, people, meetingId);
      const justeringar = `/api/meetings/${meetingId}/protocol/justeringar`;
      const refused = await expectRefused(
        meetingId,
        () => api.as(people.ssr).post(justeringar).send({ revision: 1 }),
        400,
        'REQUEST.INVALID',
      );
      expect(JSON.stringify(refused)).toContain('textHash');
      await expectRefused(
        meetingId,
        () => api.as(people.ssr).post(justeringar).send({ revision: 1, textHash: 'sha256:en-annan-text' }),
        409,
        'MEETING.TEXT_HASH_MISMATCH',
      );
      const { protocol } = await meetingOf(meetingId);
      await api.as(people.ssr).post(justeringar).send(protocol).expect(200);
      expect((await meetingOf(meetingId)).approvals).toEqual([
        expect.objectContaining({ revision: 1, textHash: protocol.textHash, justerare: PEOPLE.ssr }),
      ]);
    });
  });

  describe('a beslut or förhandling item needs a recorded decision before closing', () => {
    it('refuses to close with only a dialog on the beslut item: 409 MEETING.UNDECIDED_ITEMS', async () => {
      const meetingId = await runningMeeting(api, people, groupId);
      const meeting = `/api/meetings/${meetingId}`;
      await chair().put(`${meeting}/items/i-info/information`).send({ text: 'Information.' }).expect(200);
      await chair().put(`${meeting}/items/i-dialog/dialog`).send({ text: 'Dialog.' }).expect(200);
      await chair()
        .put(`${meeting}/items/i-beslut/dialog`)
        .send({ text: 'Parterna diskuterade.' })
        .expect(200);
      api.clock.set('2019-02-25T09:55:00Z');
      const refused = await expectRefused(
        meetingId,
        () => chair().post(`${meeting}/close`),
        409,
        'MEETING.UNDECIDED_ITEMS',
      );
      expect(refused).toMatchObject({ undecidedItems: [{ itemId: 'i-beslut' }] });
      await chair()
        .put(`${meeting}/items/i-beslut/decision`)
        .send({ text: 'Beslut enligt förslaget.', outcome: 'enighet' })
        .expect(200);
      await chair().post(`${meeting}/close`).expect(200);
    });
  });

  describe('oenighet names only organisations present', () => {
    it('refuses Kommunal, recorded absent, among those who disagree: 409', async () => {
      const meetingId = await runningMeeting(api, people, groupId);
      const decision = `/api/meetings/${meetingId}/items/i-beslut/decision`;
      const refused = await expectRefused(
        meetingId,
        () =>
          chair()
            .put(decision)
            .send({ text: 'Beslut.', outcome: 'oenighet', disagreeing: ['Vision', 'Kommunal'] }),
        409,
        'MEETING.DISAGREEING_ORGANISATION_NOT_PRESENT',
      );
      expect(refused).toMatchObject({ organisations: ['Kommunal'] });
    });
  });

  describe('a substitute stands in for a member of the same party', () => {
    it('refuses a Vision member as ersättare for Kommunal’s absent member: 409', async () => {
      const meetingId = await runningMeeting(api, people, groupId);
      const ersattare = {
        person: { personId: 'p-vera', name: 'Vera Ängström' },
        party: VISION,
        role: 'ledamot',
        presence: 'present',
        replaces: PEOPLE.kommunal.personId,
      };
      await expectRefused(
        meetingId,
        () =>
          chair()
            .put(`/api/meetings/${meetingId}/attendance`)
            .send({ attendees: [...SEED_ATTENDANCE, ersattare] }),
        409,
        'MEETING.SUBSTITUTE_PARTY_MISMATCH',
      );
      await chair()
        .put(`/api/meetings/${meetingId}/attendance`)
        .send({ attendees: [...SEED_ATTENDANCE, { ...ersattare, party: KOMMUNAL }] })
        .expect(200);
    });
  });

  describe('a protokollsanteckning between closing and justering', () => {
    it('is added as a new revision that the justerare approve again; after justering it is refused', async () => {
      const meetingId = await runningMeeting(api, people, groupId);
      await closeRunningMeeting(api, people, meetingId);
      const meeting = `/api/meetings/${meetingId}`;
      const first = (await meetingOf(meetingId)).protocol;
      await api.as(people.ssr).post(`${meeting}/protocol/justeringar`).send(first).expect(200);

      const text = 'Vision vill att beslutet följs upp på nästa möte.';
      api.clock.set('2019-02-26T10:00:00Z');
      await api
        .as(people.vision)
        .post(`${meeting}/items/i-beslut/protokollsanteckningar`)
        .send({ party: VISION, text })
        .expect(200);
      const after = await meetingOf(meetingId);
      expect(after.protocol.revision).toBe(2);
      expect(after.protocol.textHash).not.toBe(first.textHash);
      expect(after.revisions.at(-1)).toMatchObject({ revision: 2, kind: 'revision', by: PEOPLE.vision });
      expect(
        after.agenda.find(({ itemId }: { itemId: string }) => itemId === 'i-beslut').records,
      ).toMatchObject({
        protokollsanteckningar: [{ party: VISION, text }],
      });
      // SSR's approval was of the text before it: revision 1 can no longer be justerad.
      expect(after.protocolStatus).toBe('awaiting justering');
      await expectRefused(
        meetingId,
        () => chair().post(`${meeting}/protocol/justeringar`).send(first),
        409,
        'MEETING.REVISION_NOT_LATEST',
      );

      await projectToHead(api.app, DOCUMENT_PROJECTIONS);
      const page = await chair().get(`${meeting}/documents/protokoll.html`).expect(200);
      expect(page.text).toContain(text);

      await api.as(people.ssr).post(`${meeting}/protocol/justeringar`).send(after.protocol).expect(200);
      await chair().post(`${meeting}/protocol/justeringar`).send(after.protocol).expect(200);
      expect((await meetingOf(meetingId)).protocolStatus).toBe('justerat');
      await expectRefused(
        meetingId,
        () =>
          api
            .as(people.vision)
            .post(`${meeting}/items/i-beslut/protokollsanteckningar`)
            .send({ party: VISION, text: 'För sent.' }),
        409,
        'MEETING.JUSTERAT',
      );
    });
  });

  describe('who runs the meeting follows the group’s setting', () => {
    it('refuses a union vice ordförande until the group says the union’s vice ordförande runs its meetings', async () => {
      const { groupId: group, people: own } = await seedGroup(api);
      const unionViceChair: Principal = { ...own.vision, accountId: 'p-vide', displayName: 'Vide Åström' };
      await api
        .as(own.admin)
        .post(`/api/groups/${group}/members`)
        .send({
          person: { personId: 'p-vide', name: 'Vide Åström' },
          party: VISION,
          role: 'vice ordförande',
          joinedOn: '2019-01-01',
        })
        .expect(200);
      const meetingId = await runningMeeting(api, own, group);
      const information = `/api/meetings/${meetingId}/items/i-info/information`;
      const before = (await api.as(own.viceChair).get(`/api/meetings/${meetingId}/history`).expect(200)).body
        .events.length;
      const refused = await api
        .as(unionViceChair)
        .put(information)
        .send({ text: 'Information.' })
        .expect(403);
      expect(refused.body).toMatchObject({ code: 'AUTH.FORBIDDEN', permission: 'meeting.run' });
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(
        (await api.as(own.viceChair).get(`/api/meetings/${meetingId}/history`).expect(200)).body.events,
      ).toHaveLength(before);

      const groupVersion = async () =>
        (await api.as(own.admin).get(`/api/groups/${group}`).expect(200)).body.version as number;
      const versionBefore = await groupVersion();
      await api
        .as(own.vision)
        .put(`/api/groups/${group}/meeting-leadership`)
        .send({ unionViceChairRunsMeetings: true })
        .expect(403);
      expect(await groupVersion()).toBe(versionBefore);
      await api
        .as(own.admin)
        .put(`/api/groups/${group}/meeting-leadership`)
        .send({ unionViceChairRunsMeetings: true })
        .expect(200);
      expect(
        (await api.as(own.admin).get(`/api/groups/${group}`).expect(200)).body.unionViceChairRunsMeetings,
      ).toBe(true);
      await api.as(unionViceChair).put(information).send({ text: 'Information.' }).expect(200);
      // A union member who is not vice ordförande still does not run it.
      await api.as(own.vision).put(information).send({ text: 'Annan text.' }).expect(403);
    });
  });
});
