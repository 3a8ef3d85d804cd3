/**
 * Seed 002, the FSG/VSG of a Socialförvaltning on 25 February 2019 ("Bilaga till protokoll 2/2019"),
 * recorded through the HTTP API alone: the vice ordförande stands in for the absent ordförande,
 * runs the meeting, and the protocol is justerat by one justerare for Akademikerförbundet SSR and
 * one for the employer. People are invented; texts are the seed's.
 */
import { carryOverProjection } from '#libs/meetings';
import { SEED_002 } from '#libs/seeds';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import {
  EMPLOYER,
  KOMMUNAL,
  PEOPLE,
  type Principals,
  SEED_ATTENDANCE,
  SEED_JUSTERARE,
  seedGroup,
  SSR,
} from './support/seed-002-group.js';

const { meetings, deferral } = SEED_002;
const titleOf = (itemId: string) => SEED_002.agenda.find((item) => item.itemId === itemId)?.title;

describe('seed 002 recorded through the API and justerat', () => {
  let api: ApiTestApp;
  let people: Principals;
  let groupId: string;
  let meetingId: string;
  let scheduled: { protocolNumber?: { formatted: string }; carriedOver: unknown[] };

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ people, groupId } = await seedGroup(api));
    // Seed 002 is the group's second protocol of 2019; January below is only scheduled, and a
    // meeting is numbered when it closes, so the group's series starts at 2.
    await api
      .as(people.admin)
      .put(`/api/groups/${groupId}/protocol-number-series/2019`)
      .send({ firstNumber: 2 })
      .expect(200);
    const chair = api.as(people.viceChair);

    api.clock.set('2019-01-02T08:00:00Z');
    await chair.post(`/api/groups/${groupId}/meetings`).send(meetings.previous.schedule).expect(201);

    api.clock.set('2019-02-01T09:00:00Z');
    const february = await chair
      .post(`/api/groups/${groupId}/meetings`)
      .send(meetings.seed.schedule)
      .expect(201);
    ({ meetingId } = february.body);
    scheduled = february.body;
    const meeting = `/api/meetings/${meetingId}`;
    await chair.put(`${meeting}/agenda`).send({ items: SEED_002.agenda }).expect(200);

    api.clock.set('2019-02-11T09:00:00Z');
    await chair
      .post(`${meeting}/kallelse`)
      .send({ recipients: Object.values(PEOPLE) })
      .expect(200);

    api.clock.set('2019-02-25T07:30:00Z');
    await chair.put(`${meeting}/attendance`).send({ attendees: SEED_ATTENDANCE }).expect(200);
    await chair.put(`${meeting}/justerare`).send({ justerare: SEED_JUSTERARE }).expect(200);

    api.clock.set('2019-02-25T08:00:00Z');
    for (const { kind, itemId, ...body } of SEED_002.records) {
      await chair
        .put(`${meeting}/items/${encodeURIComponent(itemId)}/${kind}`)
        .send(body)
        .expect(200);
    }
    await chair
      .put(`${meeting}/items/${deferral.itemId}/deferral`)
      .send({ reason: deferral.reason })
      .expect(200);

    api.clock.set('2019-02-25T09:55:00Z');
    await chair.post(`${meeting}/close`).expect(200);

    const closed = await api.as(people.ssr).get(meeting).expect(200);
    const { revision, textHash } = closed.body.protocol;
    api.clock.set('2019-02-25T13:00:00Z');
    await api.as(people.ssr).post(`${meeting}/protocol/justeringar`).send({ revision, textHash }).expect(200);
    api.clock.set('2019-02-25T14:00:00Z');
    await api
      .as(people.viceChair)
      .post(`${meeting}/protocol/justeringar`)
      .send({ revision, textHash })
      .expect(200);
  });
  afterAll(() => api?.close());

  const getMeeting = () => api.as(people.ssr).get(`/api/meetings/${meetingId}`).expect(200);

  it('is "Bilaga till protokoll 2/2019", DNR:02/2019, on 25 February 2019, stored in UTC', async () => {
    // Numbered at closing, not when scheduled.
    expect(scheduled.protocolNumber).toBeUndefined();
    expect(scheduled.carriedOver).toEqual([]);
    const { body } = await getMeeting();
    expect(body).toMatchObject({
      groupId,
      status: 'closed',
      protocolNumber: { number: 2, year: 2019, formatted: '2/2019' },
      dnr: meetings.seed.schedule.dnr,
      meetingDate: meetings.seed.date,
      startsAt: '2019-02-25T07:30:00Z',
      endsAt: '2019-02-25T10:00:00Z',
      closedAt: '2019-02-25T09:55:00.000Z',
    });
  });

  it('has Information, Dialog and Beslut in agenda order, numbered § 4 to § 12', async () => {
    const { body } = await getMeeting();
    type Item = { itemId: string; title: string; kind: string; proposer: object };
    const shapeOf = ({ itemId, title, kind, proposer }: Item) => ({ itemId, title, kind, proposer });
    expect(body.agenda.map(shapeOf)).toEqual(SEED_002.agenda.map(shapeOf));
    expect(body.agenda.map((item: Item) => item.kind)).toEqual([
      ...Array(4).fill('information'),
      ...Array(4).fill('dialog'),
      'beslut',
    ]);
    expect(body.agenda.map((item: { paragraph: number }) => item.paragraph)).toEqual([
      4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });

  it('returns every text exactly as sent, å ä ö included, with the parties’ views', async () => {
    const { body } = await getMeeting();
    const records = (itemId: string) =>
      body.agenda.find((item: { itemId: string }) => item.itemId === itemId).records;
    for (const { kind, itemId, text } of SEED_002.records) {
      expect(records(itemId)[kind].text).toBe(text);
    }
    expect(records('i-avslut').dialog.views.map((view: { party: object }) => view.party)).toEqual([
      SSR,
      EMPLOYER,
      SSR,
    ]);
    expect(records('i-webbenkat').decision).toMatchObject({ outcome: 'enighet', disagreeing: [] });
  });

  it('defers the item Kommunal raised because Kommunal is absent, with the reason', async () => {
    const { body } = await getMeeting();
    const item = body.agenda.find((entry: { itemId: string }) => entry.itemId === deferral.itemId);
    expect(item).toMatchObject({
      proposer: KOMMUNAL,
      paragraph: 11,
      records: { deferral: { reason: deferral.reason } },
    });
  });

  it('has the substitute chair: "Agneta Östberg är frånvarande, Jenny Gräslund ersätter"', async () => {
    const { body } = await getMeeting();
    type Entry = { person: { personId: string; name: string }; replaces?: string };
    const substitute = body.attendance.find((entry: Entry) => entry.replaces !== undefined) as Entry;
    const absent = body.attendance.find(
      (entry: Entry) => entry.person.personId === substitute.replaces,
    ) as Entry;
    expect(`${absent.person.name} är frånvarande, ${substitute.person.name} ersätter`).toBe(
      `${PEOPLE.chair.name} är frånvarande, ${PEOPLE.viceChair.name} ersätter`,
    );
  });

  it('is justerat by Akademikerförbundet SSR and the employer on the same text', async () => {
    const { body } = await getMeeting();
    expect(body.protocolStatus).toBe('justerat');
    expect(body.justeringar).toEqual([
      { revision: 1, textHash: body.protocol.textHash, at: '2019-02-25T14:00:00.000Z' },
    ]);
    const sentence = body.approvals
      .map(
        (approval: { justerare: { name: string }; party: { organisation?: string } }) =>
          `${approval.justerare.name} för ${approval.party.organisation ?? 'arbetsgivaren'}`,
      )
      .join(' och ');
    expect(sentence).toBe(
      `${PEOPLE.ssr.name} för Akademikerförbundet SSR och ${PEOPLE.viceChair.name} för arbetsgivaren`,
    );
  });

  it('keeps the full history: every fact with its type, data, actor, time and version', async () => {
    const response = await api.as(people.hr).get(`/api/meetings/${meetingId}/history`).expect(200);
    const { events } = response.body;
    expect(events.map((event: { type: string }) => event.type)).toEqual([
      'MeetingScheduled',
      'AgendaSet',
      'KallelseIssued',
      'AttendanceRecorded',
      'JusterareAppointed',
      ...Array(4).fill('InformationRecorded'),
      ...Array(3).fill('DialogRecorded'),
      'DecisionRecorded',
      'ItemDeferred',
      'MeetingClosed',
      'JusteringApproved',
      'JusteringApproved',
      'ProtocolJusterat',
    ]);
    expect(events.map((event: { version: number }) => event.version)).toEqual(
      events.map((_: unknown, i: number) => i + 1),
    );
    expect(events[0]).toMatchObject({ actor: PEOPLE.viceChair.personId, at: '2019-02-01T09:00:00.000Z' });
    expect(events[15]).toMatchObject({
      type: 'JusteringApproved',
      actor: PEOPLE.ssr.personId,
      data: { party: SSR },
    });
    expect(response.headers.etag).toBe('"18"');
    const meeting = await getMeeting();
    expect(meeting.headers.etag).toBe('"18"');
    expect(meeting.body.version).toBe(18);
  });

  it('lists both meetings on the group: January, only scheduled, has no number', async () => {
    const { body } = await api.as(people.kommunal).get(`/api/groups/${groupId}`).expect(200);
    expect(
      body.meetings.map(
        (meeting: { protocolNumber?: { formatted: string } }) => meeting.protocolNumber?.formatted,
      ),
    ).toEqual([undefined, meetings.seed.protocolNumber]);
    expect(body.levelsLabel).toBe('FSG/VSG');
  });

  it('brings the deferred item back on the next meeting, "från § 11, 2019-02-25"', async () => {
    api.clock.set('2019-03-01T09:00:00Z');
    // Carry-over is a read model: projected (the worker's job) before scheduling reads it.
    await projectToHead(api.app, [carryOverProjection]);
    const { body } = await api
      .as(people.secretary)
      .post(`/api/groups/${groupId}/meetings`)
      .send(meetings.next.schedule)
      .expect(201);
    expect(body.protocolNumber).toBeUndefined();
    expect(body.carriedOver).toEqual([
      expect.objectContaining({
        title: titleOf(deferral.itemId),
        proposer: KOMMUNAL,
        origin: expect.objectContaining({
          kind: 'deferred',
          fromMeetingId: meetingId,
          fromParagraph: 11,
          fromDate: meetings.seed.date,
          reason: deferral.reason,
        }),
      }),
    ]);
  });
});
