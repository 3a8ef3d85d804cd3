/**
 * Issue 10, point 6 (skyddskommitté and notice times): a VSG acting as skyddskommitté is warned
 * when it does not meet every third month, sees per year which AML 6:9 questions it handled at
 * which meeting, gets a remark in the protocol when such a question was handled with no
 * skyddsombud present, and its chair sees what is late in a coming meeting's notice.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '#libs/identity';
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';

const tenantId = `tenant-${randomUUID()}`;
const account = (accountId: string, displayName: string, roles: Principal['roles'] = []): Principal => ({
  accountId,
  tenantId,
  displayName,
  email: `${accountId}@${tenantId}.test`,
  roles,
  via: 'session',
});
const admin = account('acc-admin', 'Ada Admin', ['admin']);
const chair = account('p-asa', 'Åsa Öhman');
const vision = account('p-marten', 'Mårten Åberg');
const hso = account('p-ylva', 'Ylva Ödqvist');
const person = ({ accountId, displayName }: Principal) => ({ personId: accountId, name: displayName });
const EMPLOYER = { side: 'employer' };
const VISION = { side: 'union', organisation: 'Vision' };

describe('a VSG acting as skyddskommitté', () => {
  let api: ApiTestApp;
  let groupId: string;
  let january: string;
  const group = async () => (await api.as(chair).get(`/api/groups/${groupId}`).expect(200)).body;
  const meeting = async (id: string) => (await api.as(chair).get(`/api/meetings/${id}`).expect(200)).body;
  const schedule = async (day: string) =>
    (
      await api
        .as(chair)
        .post(`/api/groups/${groupId}/meetings`)
        .send({ startsAt: `${day}T13:00:00+01:00`, endsAt: `${day}T15:00:00+01:00`, place: 'Kvarnen' })
        .expect(201)
    ).body.meetingId as string;
  const agenda = [
    {
      itemId: 'i-sam',
      title: 'Årlig uppföljning av det systematiska arbetsmiljöarbetet',
      kind: 'dialog',
      proposer: EMPLOYER,
      workEnvironmentTopic: 'arlig-uppfoljning-sam',
    },
    { itemId: 'i-budget', title: 'Budget 2026', kind: 'information', proposer: EMPLOYER },
  ];

  beforeAll(async () => {
    api = await startApiTestApp();
    api.clock.set('2026-01-02T08:00:00Z');
    const asAdmin = api.as(admin);
    await asAdmin.post('/api/organisation').send({ name: 'Exempelstads kommun' }).expect(201);
    await asAdmin
      .post('/api/organisation/units')
      .send({ unitId: 'u-aldre', name: 'Äldreomsorgen' })
      .expect(201);
    await asAdmin.post('/api/organisation/union-organisations').send({ name: 'Vision' }).expect(200);
    const created = await asAdmin
      .post('/api/groups')
      .send({ name: 'VSG Äldreomsorgen', levels: ['VSG'], unitId: 'u-aldre', actsAsSkyddskommitte: true })
      .expect(201);
    groupId = created.body.groupId as string;
    for (const member of [
      { person: person(chair), party: EMPLOYER, role: 'ordförande' },
      { person: person(vision), party: VISION, role: 'ledamot' },
      { person: person(hso), party: VISION, role: 'huvudskyddsombud' },
    ]) {
      await asAdmin
        .post(`/api/groups/${groupId}/members`)
        .send({ ...member, joinedOn: '2026-01-01' })
        .expect(200);
    }
  });
  afterAll(() => api?.close());

  it('with no meeting held or planned, is warned, and its notice times are its level’s', async () => {
    const body = await group();
    expect(body.noticeTimes).toEqual({ kallelseDays: 14, agendaDays: 7, isDefault: true });
    expect(body.skyddskommitte.warnings).toEqual([
      {
        code: 'SKYDDSKOMMITTE.NO_MEETING_PLANNED',
        text: 'Gruppen har inget hållet eller planerat möte. En skyddskommitté ska sammanträda minst var tredje månad.',
      },
    ]);
    expect(body.skyddskommitte.topicsByYear[0]).toMatchObject({ year: 2026 });
    expect(body.skyddskommitte.topicsByYear[0].topics).toHaveLength(9);
    expect(body.members.map(({ role }: { role: string }) => role)).toContain('huvudskyddsombud');
  });

  it('an agenda item naming a topic not on the AML 6:9 list is refused with problem+json, nothing recorded', async () => {
    january = await schedule('2026-01-20');
    const before = await meeting(january);
    const response = await api
      .as(chair)
      .put(`/api/meetings/${january}/agenda`)
      .send({ items: [{ ...agenda[0], workEnvironmentTopic: 'kaffe' }] })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('REQUEST.INVALID');
    expect(JSON.stringify(response.body)).toContain('workEnvironmentTopic');
    expect((await meeting(january)).version).toBe(before.version);
  });

  it('the chair sees the kallelse is late, then that it went out late; the agenda is on time', async () => {
    await api.as(chair).put(`/api/meetings/${january}/agenda`).send({ items: agenda }).expect(200);
    expect((await meeting(january)).agenda[0]).toMatchObject({
      workEnvironmentTopic: 'arlig-uppfoljning-sam',
    });
    api.clock.set('2026-01-08T09:00:00Z');
    expect((await meeting(january)).notice).toEqual({
      kallelseDays: 14,
      agendaDays: 7,
      kallelseBy: '2026-01-06',
      agendaBy: '2026-01-13',
      warnings: [
        {
          code: 'NOTICE.KALLELSE_LATE',
          dueBy: '2026-01-06',
          text: 'Kallelsen borde ha gått ut den 6 januari 2026.',
        },
      ],
    });
    await api
      .as(chair)
      .post(`/api/meetings/${january}/kallelse`)
      .send({ recipients: [person(chair), person(vision), person(hso)] })
      .expect(200);
    expect((await meeting(january)).notice.warnings).toEqual([
      {
        code: 'NOTICE.KALLELSE_SENT_LATE',
        dueBy: '2026-01-06',
        sentOn: '2026-01-08',
        text: 'Kallelsen gick ut den 8 januari 2026, men borde ha gått ut den 6 januari 2026.',
      },
    ]);
  });

  it('closing after an AML 6:9 question with the huvudskyddsombud absent puts a remark in the protocol', async () => {
    api.clock.set('2026-01-20T12:00:00Z');
    const at = `/api/meetings/${january}`;
    await api
      .as(chair)
      .put(`${at}/attendance`)
      .send({
        attendees: [
          { person: person(chair), party: EMPLOYER, role: 'ordförande', presence: 'present' },
          { person: person(vision), party: VISION, role: 'ledamot', presence: 'present' },
          { person: person(hso), party: VISION, role: 'huvudskyddsombud', presence: 'absent' },
        ],
      })
      .expect(200);
    await api
      .as(chair)
      .put(`${at}/justerare`)
      .send({
        justerare: [
          { person: person(chair), party: EMPLOYER },
          { person: person(vision), party: VISION },
        ],
      })
      .expect(200);
    await api
      .as(chair)
      .put(`${at}/items/i-sam/dialog`)
      .send({ text: 'Uppföljningen visar brister i rutinerna.' })
      .expect(200);
    await api
      .as(chair)
      .put(`${at}/items/i-budget/information`)
      .send({ text: 'Budgeten är i balans.' })
      .expect(200);
    await api.as(chair).post(`${at}/close`).expect(200);
    const closed = await meeting(january);
    expect(closed.notice).toBeUndefined();
    const paragraph = closed.agenda.find(({ itemId }: { itemId: string }) => itemId === 'i-sam').paragraph;
    expect(closed.remarks).toEqual([
      {
        code: 'SKYDDSOMBUD_ABSENT',
        text:
          `Inget skyddsombud var närvarande när arbetsmiljöfrågor enligt AML 6 kap. 9 § behandlades (§ ${paragraph}). ` +
          'Minst ett skyddsombud ska delta när gruppen är skyddskommitté.',
        itemIds: ['i-sam'],
      },
    ]);
    await projectToHead(api.app, DOCUMENT_PROJECTIONS);
    const protocol = await api.as(chair).get(`${at}/documents/protokoll.html`).expect(200);
    expect(protocol.text).toContain('Ylva Ödqvist');
    expect(protocol.text).toContain('huvudskyddsombud');
    expect(protocol.text).toContain('Inget skyddsombud var närvarande');
  });

  it('shows the question handled at that meeting, and warns when the next one is planned too late', async () => {
    api.clock.set('2026-03-01T08:00:00Z');
    const may = await schedule('2026-05-10');
    const body = await group();
    expect(body.skyddskommitte.warnings).toEqual([
      {
        code: 'SKYDDSKOMMITTE.NEXT_MEETING_TOO_LATE',
        lastHeldOn: '2026-01-20',
        dueBy: '2026-04-20',
        nextPlannedOn: '2026-05-10',
        text:
          'Nästa planerade möte, den 10 maj 2026, ligger mer än tre månader efter det senaste (den 20 januari 2026); ' +
          'ett möte behövs senast den 20 april 2026. En skyddskommitté ska sammanträda minst var tredje månad.',
      },
    ]);
    const year = body.skyddskommitte.topicsByYear.find(({ year }: { year: number }) => year === 2026);
    const sam = year.topics.find(({ topic }: { topic: string }) => topic === 'arlig-uppfoljning-sam');
    expect(sam).toMatchObject({
      label: 'Årlig uppföljning av det systematiska arbetsmiljöarbetet',
      handledAt: [{ meetingId: january, date: '2026-01-20', protocolNumber: '1/2026' }],
      plannedAt: [],
    });
    const notYet = year.topics.filter(({ handledAt }: { handledAt: unknown[] }) => handledAt.length === 0);
    expect(notYet).toHaveLength(8);
    expect(may).toBeDefined();
  });

  it('warns when three months have passed without a meeting', async () => {
    api.clock.set('2026-04-21T08:00:00Z');
    expect((await group()).skyddskommitte.warnings).toMatchObject([
      {
        code: 'SKYDDSKOMMITTE.NOT_MET',
        text:
          'Gruppen har inte haft något möte sedan den 20 januari 2026; nästa borde ha hållits senast den 20 april 2026. ' +
          'En skyddskommitté ska sammanträda minst var tredje månad.',
      },
    ]);
  });

  it('sets its own notice times; bad ones are refused with problem+json and nothing recorded', async () => {
    const { version } = await group();
    const refused = await api
      .as(admin)
      .put(`/api/groups/${groupId}/notice-times`)
      .send({ kallelseDays: 5, agendaDays: 10 })
      .expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.code).toBe('GROUP.INVALID_NOTICE_TIMES');
    const outOfRange = await api
      .as(admin)
      .put(`/api/groups/${groupId}/notice-times`)
      .send({ kallelseDays: 400, agendaDays: 'sju' })
      .expect(400);
    expect(outOfRange.body.code).toBe('REQUEST.INVALID');
    await api
      .as(chair)
      .put(`/api/groups/${groupId}/notice-times`)
      .send({ kallelseDays: 10, agendaDays: 5 })
      .expect(403);
    expect((await group()).version).toBe(version);

    await api
      .as(admin)
      .put(`/api/groups/${groupId}/notice-times`)
      .send({ kallelseDays: 10, agendaDays: 5 })
      .expect(200);
    const body = await group();
    expect(body.noticeTimes).toEqual({ kallelseDays: 10, agendaDays: 5, isDefault: false });
    const may = body.meetings.at(-1).meetingId as string;
    expect((await meeting(may)).notice).toMatchObject({
      kallelseBy: '2026-04-30',
      agendaBy: '2026-05-05',
      warnings: [],
    });
  });

  it('a group that is no skyddskommitté has no skyddskommitté part', async () => {
    const other = await api
      .as(admin)
      .post('/api/groups')
      .send({ name: 'LSG Äldreomsorgen', levels: ['LSG'], unitId: 'u-aldre', actsAsSkyddskommitte: false })
      .expect(201);
    const { body } = await api.as(admin).get(`/api/groups/${other.body.groupId}`).expect(200);
    expect(body).not.toHaveProperty('skyddskommitte');
    expect(body.noticeTimes).toEqual({ kallelseDays: 14, agendaDays: 7, isDefault: true });
  });
});
