/**
 * Issue 9 point 7: a confidential item is read in full only by the group's active members, on the
 * meeting view and its history as in the documents. HR and a justerare from outside the group
 * (here an adjungerad for Akademikerförbundet SSR, appointed to justera) still see that the item
 * is there, where it is (its §) and that it is confidential, but none of its content.
 */
import { followUpsProjection } from '#libs/follow-ups';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import { closeRunningMeeting, runningMeeting } from './support/running-meeting.js';
import {
  EMPLOYER,
  PEOPLE,
  type Principals,
  SEED_ATTENDANCE,
  SSR,
  seedGroup,
} from './support/seed-002-group.js';

const SECRET = {
  title: 'Rehabiliteringsärende för en namngiven medarbetare',
  information: 'Medarbetaren har varit sjukskriven sedan november.',
  comment: 'SSR vill att ärendet följs upp varje månad.',
  protokollsanteckning: 'Akademikerförbundet SSR anser att åtgärderna kom för sent.',
  action: 'Boka ett uppföljande rehabiliteringsmöte',
  actionOnConfidentialItem: 'Utred omplacering inom förvaltningen',
  reason: 'OSL 39 kap. 1 § (personalsocial verksamhet)',
  corrected: 'Medarbetaren har varit sjukskriven sedan oktober.',
};
const PUBLIC_TEXT = 'Förvaltningen arbetar vidare med APT.';

describe('confidential items on the meeting view and its history', () => {
  let api: ApiTestApp;
  let people: Principals;
  let meeting: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    let groupId: string;
    ({ people, groupId } = await seedGroup(api));
    const meetingId = await runningMeeting(api, people, groupId);
    meeting = `/api/meetings/${meetingId}`;
    const chair = api.as(people.viceChair);
    const outsider = { personId: people.outsider.accountId, name: people.outsider.displayName };
    await chair
      .put(`${meeting}/attendance`)
      .send({
        attendees: [
          ...SEED_ATTENDANCE,
          { person: outsider, party: SSR, role: 'adjungerad', presence: 'present' },
        ],
      })
      .expect(200);
    await chair
      .put(`${meeting}/justerare`)
      .send({
        justerare: [
          { person: PEOPLE.viceChair, party: EMPLOYER },
          { person: outsider, party: SSR },
        ],
      })
      .expect(200);

    await chair
      .post(`${meeting}/ovriga-fragor`)
      .send({ itemId: 'i-secret', title: SECRET.title, proposer: SSR })
      .expect(201);
    const item = `${meeting}/items/i-secret`;
    await chair
      .put(`${item}/information`)
      .send({ text: SECRET.information, comments: [{ party: SSR, text: SECRET.comment }] })
      .expect(200);
    await chair
      .post(`${item}/protokollsanteckningar`)
      .send({ party: SSR, text: SECRET.protokollsanteckning })
      .expect(200);
    await chair
      .post(`${item}/follow-ups`)
      .send({ action: SECRET.action, responsible: PEOPLE.secretary, dueDate: '2019-04-29' })
      .expect(201);
    await chair.put(`${item}/confidentiality`).send({ reason: SECRET.reason }).expect(200);
    // A second item marked confidential before its follow-up is assigned.
    await chair
      .post(`${meeting}/ovriga-fragor`)
      .send({ itemId: 'i-secret-2', title: 'Omplaceringsärende', proposer: SSR })
      .expect(201);
    await chair
      .put(`${meeting}/items/i-secret-2/information`)
      .send({ text: 'Ärendet bereds vidare.' })
      .expect(200);
    await chair
      .put(`${meeting}/items/i-secret-2/confidentiality`)
      .send({ reason: SECRET.reason })
      .expect(200);
    await chair
      .post(`${meeting}/items/i-secret-2/follow-ups`)
      .send({ action: SECRET.actionOnConfidentialItem, responsible: PEOPLE.secretary, dueDate: '2019-05-27' })
      .expect(201);
    await closeRunningMeeting(api, people, meetingId);
    await chair
      .post(`${meeting}/protocol/revisions`)
      .send({
        reason: 'Fel månad',
        corrections: [{ itemId: 'i-secret', record: 'information', text: SECRET.corrected }],
      })
      .expect(200);
    await projectToHead(api.app, [followUpsProjection]);
  });
  afterAll(() => api?.close());

  const read = async (who: keyof Principals, path: string) =>
    (await api.as(people[who]).get(path).expect(200)).body as Record<string, unknown>;
  const itemOf = (view: Record<string, unknown>, itemId: string) =>
    (view.agenda as { itemId: string; paragraph?: number }[]).find((entry) => entry.itemId === itemId);
  const secretsIn = (body: unknown) => {
    const json = JSON.stringify(body);
    return Object.values(SECRET).filter((secret) => json.includes(secret));
  };

  it('shows a member of the group the confidential item in full, in the view and the history', async () => {
    const view = await read('ssr', meeting);
    const history = await read('ssr', `${meeting}/history`);
    expect(secretsIn(view)).toEqual(Object.values(SECRET).filter((secret) => secret !== SECRET.information));
    expect(secretsIn(history)).toEqual(Object.values(SECRET));
  });

  describe.each([
    ['HR', 'hr'],
    ['a justerare from outside the group', 'outsider'],
  ] as const)('for %s', (_who, persona) => {
    it('the view keeps the item, its § and that it is confidential, without its content', async () => {
      const view = await read(persona, meeting);
      expect(secretsIn(view)).toEqual([]);
      const secret = itemOf(view, 'i-secret');
      expect(secret).toEqual({
        itemId: 'i-secret',
        kind: 'övrig fråga',
        proposer: SSR,
        title: '',
        paragraph: itemOf(await read('ssr', meeting), 'i-secret')?.paragraph,
        records: { protokollsanteckningar: [], followUps: [], confidential: { omitted: true } },
      });
      // The rest of the meeting reads as before.
      expect(JSON.stringify(view)).toContain(PUBLIC_TEXT);
    });

    it('the history keeps every event, with the data about the item left out', async () => {
      const memberHistory = await read('ssr', `${meeting}/history`);
      const history = await read(persona, `${meeting}/history`);
      expect(secretsIn(history)).toEqual([]);
      type Entry = { type: string; data: Record<string, unknown> };
      const events = history.events as Entry[];
      expect(events.map(({ type }) => type)).toEqual(
        (memberHistory.events as Entry[]).map(({ type }) => type),
      );
      const aboutTheItem = events.filter(({ data }) => data.itemId === 'i-secret');
      expect(aboutTheItem.map(({ type }) => type)).toEqual([
        'InformationRecorded',
        'ProtokollsanteckningAdded',
        'FollowUpDateAssigned',
        'ItemMarkedConfidential',
      ]);
      for (const { data } of aboutTheItem) expect(data).toMatchObject({ itemId: 'i-secret', omitted: true });
      const revised = events.find(({ type }) => type === 'ProtocolRevised');
      expect(revised?.data.corrections).toEqual([
        { itemId: 'i-secret', record: 'information', omitted: true },
      ]);
      expect(JSON.stringify(history)).toContain(PUBLIC_TEXT);
    });
  });

  describe('follow-ups decided on confidential items', () => {
    const followUps = `/api/follow-ups?status=all&meetingId=`;
    const listed = async (who: keyof Principals) =>
      (
        await api
          .as(people[who])
          .get(`${followUps}${meeting.split('/').pop()}`)
          .expect(200)
      ).body as Record<string, unknown>[];

    it('are listed to a member of the group in full, marked confidential', async () => {
      const items = await listed('secretary');
      expect(items.map(({ action }) => action).sort()).toEqual(
        [SECRET.action, SECRET.actionOnConfidentialItem].sort(),
      );
      expect(items.every(({ confidential }) => confidential === true)).toBe(true);
    });

    it('are listed to HR with who and when, but not what (whether marked before or after)', async () => {
      const items = await listed('hr');
      expect(items).toHaveLength(2);
      expect(secretsIn(items)).toEqual([]);
      for (const followUp of items) {
        expect(followUp).toMatchObject({ action: '', confidential: true, omitted: true });
        expect(followUp.responsible).toEqual(PEOPLE.secretary);
      }
    });

    it('are shown to HR without their action in the follow-up view, and in full to a member', async () => {
      const [first] = await listed('secretary');
      const path = `/api/follow-ups/${String(first!.followUpId)}`;
      expect(await read('hr', path)).toMatchObject({ action: '', confidential: true, omitted: true });
      expect(secretsIn(await read('hr', path))).toEqual([]);
      expect(await read('secretary', path)).toMatchObject({ action: first!.action, confidential: true });
      expect((await read('secretary', path)).omitted).toBeUndefined();
    });
  });

  describe('for an ersättare and for the chair of another group', () => {
    const ersattare = { personId: 'p-erik', name: 'Erik Ersättare' };
    const otherChair = { personId: 'p-lars', name: 'Lars Ledare' };
    const as = (person: { personId: string; name: string }) =>
      api.as({ ...people.outsider, accountId: person.personId, displayName: person.name });

    beforeAll(async () => {
      const admin = api.as(people.admin);
      const groupId = ((await api.as(people.viceChair).get(meeting).expect(200)).body as { groupId: string })
        .groupId;
      await admin
        .post(`/api/groups/${groupId}/members`)
        .send({
          person: ersattare,
          party: { side: 'union', organisation: 'Vision' },
          role: 'ersättare',
          joinedOn: '2019-01-01',
        })
        .expect(200);
      const { body: lsg } = await admin
        .post('/api/groups')
        .send({
          name: 'LSG Kvarnen',
          levels: ['LSG'],
          unitId: 'u-soc',
          parentGroupId: groupId,
          actsAsSkyddskommitte: false,
        })
        .expect(201);
      await admin
        .post(`/api/groups/${lsg.groupId}/members`)
        .send({ person: otherChair, party: EMPLOYER, role: 'ordförande', joinedOn: '2019-01-01' })
        .expect(200);
      await projectToHead(api.app, [followUpsProjection]);
    });

    it('an ersättare, a member of the group, reads the confidential item in full', async () => {
      const view = (await as(ersattare).get(meeting).expect(200)).body;
      expect(secretsIn(view)).toContain(SECRET.title);
      expect(secretsIn(view)).toContain(SECRET.corrected);
    });

    it('the chair of another group reads neither the meeting, its history nor its follow-ups', async () => {
      await as(otherChair).get(meeting).expect(403);
      await as(otherChair).get(`${meeting}/history`).expect(403);
      const listed = (await as(otherChair).get('/api/follow-ups?status=all').expect(200)).body;
      expect(secretsIn(listed)).toEqual([]);
      expect(listed).toEqual([]);
    });
  });
});
