/**
 * Numbers and times as groups keep them: a group that starts mid-year at its real protocol number
 * in its own format ("7/19"), meetings planned out of date order and numbered as they are held, a
 * cancelled meeting that takes no number, and a morning meeting written up in the evening whose
 * protocol says when it was held and, apart from that, when the protocol was made (HTML and PDF).
 */
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { htmlWords } from '../../libs/documents/src/testing/document-words.fixtures.js';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import { SMALL_AGENDA } from './support/running-meeting.js';
import { type Principals, SEED_ATTENDANCE, SEED_JUSTERARE, seedGroup } from './support/seed-002-group.js';
import { expectInOrder } from '../support/expect-in-order.js';
import { pdfSayingTheSame } from './support/protocol-pdf.js';

/** Scheduled in this order: October first, then September's two, then the one that is cancelled. */
const PLANNED = [
  { key: 'october', startsAt: '2019-10-21T09:00:00+02:00', endsAt: '2019-10-21T11:00:00+02:00' },
  { key: 'september', startsAt: '2019-09-02T09:00:00+02:00', endsAt: '2019-09-02T11:00:00+02:00' },
  { key: 'lateSeptember', startsAt: '2019-09-23T09:00:00+02:00', endsAt: '2019-09-23T11:00:00+02:00' },
  { key: 'cancelled', startsAt: '2019-09-16T09:00:00+02:00', endsAt: '2019-09-16T11:00:00+02:00' },
] as const;
type Key = (typeof PLANNED)[number]['key'];

describe('protocol numbers and the times a meeting was held', () => {
  let api: ApiTestApp;
  let people: Principals;
  let groupId: string;
  const ids = {} as Record<Key, string>;
  const meeting = (key: Key) => `/api/meetings/${ids[key]}`;
  const numberOf = async (key: Key) =>
    (await api.as(people.ssr).get(meeting(key)).expect(200)).body.protocolNumber?.formatted;

  /** Agenda, attendance, justerare and a record on every item: ready to close on its day. */
  async function hold(key: Key, day: string) {
    const chair = api.as(people.viceChair);
    await chair
      .put(`${meeting(key)}/agenda`)
      .send({ items: SMALL_AGENDA })
      .expect(200);
    api.clock.set(`${day}T07:05:00Z`);
    await chair
      .put(`${meeting(key)}/attendance`)
      .send({ attendees: SEED_ATTENDANCE })
      .expect(200);
    await chair
      .put(`${meeting(key)}/justerare`)
      .send({ justerare: SEED_JUSTERARE })
      .expect(200);
    const item = (itemId: string) => `${meeting(key)}/items/${itemId}`;
    await chair
      .put(`${item('i-info')}/information`)
      .send({ text: 'Förvaltningen informerar.' })
      .expect(200);
    await chair
      .put(`${item('i-dialog')}/dialog`)
      .send({ text: 'Parterna för en dialog.' })
      .expect(200);
    await chair
      .put(`${item('i-beslut')}/decision`)
      .send({ text: 'Enkäten genomförs årligen.', outcome: 'enighet' })
      .expect(200);
  }

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ people, groupId } = await seedGroup(api));
    api.clock.set('2019-08-12T08:00:00Z');
  });
  afterAll(() => api?.close());

  it('a group starting mid-year sets its series: 2019 starts at 7, written N/YY', async () => {
    await api
      .as(people.admin)
      .put(`/api/groups/${groupId}/protocol-number-series/2019`)
      .send({ firstNumber: 7, format: 'N/YY' })
      .expect(200);
    const { body } = await api.as(people.ssr).get(`/api/groups/${groupId}`).expect(200);
    expect(body.protocolNumberSeries).toEqual([{ year: 2019, firstNumber: 7, format: 'N/YY' }]);
  });

  it('the chair of the group may not set it; a year or a format that is not one is a clear error', async () => {
    const series = `/api/groups/${groupId}/protocol-number-series`;
    const refused = await api.as(people.viceChair).put(`${series}/2019`).send({ firstNumber: 1 }).expect(403);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    const year = await api.as(people.admin).put(`${series}/19`).send({ firstNumber: 1 }).expect(409);
    expect(year.body.code).toBe('GROUP.INVALID_YEAR');
    await api.as(people.admin).put(`${series}/2019`).send({ firstNumber: 7, format: 'YYYY:N' }).expect(400);
    await api.as(people.admin).put(`${series}/2019`).send({ firstNumber: 0 }).expect(400);
  });

  it('scheduling gives no number: a meeting is numbered when it closes', async () => {
    const chair = api.as(people.viceChair);
    for (const { key, startsAt, endsAt } of PLANNED) {
      const { body } = await chair
        .post(`/api/groups/${groupId}/meetings`)
        .send({ startsAt, endsAt, place: 'Stadshuset' })
        .expect(201);
      expect(body.protocolNumber).toBeUndefined();
      ids[key] = body.meetingId;
    }
    expect(await numberOf('september')).toBeUndefined();
    await chair
      .post(`${meeting('cancelled')}/cancel`)
      .send({ reason: 'Mötet ställs in; punkterna tas upp den 23 september.' })
      .expect(200);
  });

  it('the kallelse of a meeting not yet held says its number comes at closing', async () => {
    await api
      .as(people.viceChair)
      .put(`${meeting('september')}/agenda`)
      .send({ items: SMALL_AGENDA });
    await projectToHead(api.app, DOCUMENT_PROJECTIONS);
    const kallelse = htmlWords(
      (
        await api
          .as(people.ssr)
          .get(`${meeting('september')}/documents/kallelse.html`)
          .expect(200)
      ).text,
    );
    expectInOrder(kallelse.join(' '), ['Möte den 2 september 2019', 'Mötesnummer ges när mötet avslutas']);
  });

  describe('a morning meeting closed in the evening', () => {
    let words: string[] = [];

    beforeAll(async () => {
      await hold('september', '2019-09-02');
      api.clock.set('2019-09-02T17:30:00Z');
      await api
        .as(people.viceChair)
        .post(`${meeting('september')}/close`)
        .send({ startedAt: '2019-09-02T09:10:00+02:00', endedAt: '2019-09-02T10:35:00+02:00' })
        .expect(200);
      await projectToHead(api.app, DOCUMENT_PROJECTIONS);
      const html = await api.as(people.ssr).get(`${meeting('september')}/documents/protokoll.html`);
      words = htmlWords(html.text);
    });

    it('takes the first number of the series, though scheduled after October', async () => {
      expect(await numberOf('september')).toBe('7/19');
      const { body } = await api.as(people.ssr).get(meeting('september')).expect(200);
      expect(body).toMatchObject({
        startedAt: '2019-09-02T07:10:00Z',
        endedAt: '2019-09-02T08:35:00Z',
        closedAt: '2019-09-02T17:30:00.000Z',
      });
    });

    it('the protocol says when the meeting was held, and apart from that when the protocol was made', () => {
      expectInOrder(words.join(' '), [
        'Protokoll 7/19',
        'Tid den 2 september 2019 kl. 09.10–10.35',
        'Mötet avslutades kl. 10.35.',
        'Protokollet upprättades den 2 september 2019 kl. 19.30.',
      ]);
      expect(words.join(' ')).not.toMatch(/Mötet avslutades kl\. 19\.30/);
    });

    it('the PDF says the same words in the same order', async () => {
      const pdfText = await pdfSayingTheSame(
        api.as(people.ssr),
        `${meeting('september')}/documents/protokoll.pdf`,
        words,
      );
      expectInOrder(pdfText.join(' '), [
        'Mötet avslutades kl. 10.35.',
        'Protokollet upprättades den 2 september 2019',
      ]);
    });
  });

  it('held times that cannot be are refused, and nothing is recorded', async () => {
    await hold('lateSeptember', '2019-09-23');
    api.clock.set('2019-09-23T10:00:00Z');
    const chair = api.as(people.viceChair);
    const { version } = (await chair.get(meeting('lateSeptember'))).body;
    const close = (body: object) => chair.post(`${meeting('lateSeptember')}/close`).send(body);
    const backwards = await close({
      startedAt: '2019-09-23T10:00:00+02:00',
      endedAt: '2019-09-23T09:00:00+02:00',
    }).expect(409);
    expect(backwards.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(backwards.body.code).toBe('MEETING.ENDED_BEFORE_STARTED');
    const future = await close({ endedAt: '2019-09-23T13:00:00+02:00' }).expect(409);
    expect(future.body.code).toBe('MEETING.HELD_TIME_AFTER_CLOSING');
    const otherDay = await close({ startedAt: '2019-09-22T09:00:00+02:00' }).expect(409);
    expect(otherDay.body.code).toBe('MEETING.HELD_ON_ANOTHER_DAY');
    await close({ startedAt: '2019-09-23 kl 9' }).expect(400);
    expect((await chair.get(meeting('lateSeptember'))).body).toMatchObject({ version, status: 'scheduled' });
  });

  it('the next meeting held takes the next number; the cancelled one took none', async () => {
    await api
      .as(people.viceChair)
      .post(`${meeting('lateSeptember')}/close`)
      .expect(200);
    expect(await numberOf('lateSeptember')).toBe('8/19');
    await hold('october', '2019-10-21');
    api.clock.set('2019-10-21T09:30:00Z');
    await api
      .as(people.viceChair)
      .post(`${meeting('october')}/close`)
      .expect(200);
    expect(await numberOf('october')).toBe('9/19');
    expect(await numberOf('cancelled')).toBeUndefined();
    const { body } = await api.as(people.ssr).get(`/api/groups/${groupId}`).expect(200);
    // Every meeting in the order it was scheduled, numbered in the order held; the cancelled one without.
    const listed = body.meetings.map((m: { meetingId: string; protocolNumber?: { formatted: string } }) => [
      m.meetingId,
      m.protocolNumber?.formatted,
    ]);
    expect(listed).toEqual([
      [ids.october, '9/19'],
      [ids.september, '7/19'],
      [ids.lateSeptember, '8/19'],
      [ids.cancelled, undefined],
    ]);
  });

  it('a series that would collide with the numbers given that year is refused', async () => {
    const series = `/api/groups/${groupId}/protocol-number-series/2019`;
    const admin = api.as(people.admin);
    const below = await admin.put(series).send({ firstNumber: 9, format: 'N/YY' }).expect(409);
    expect(below.body).toMatchObject({ code: 'GROUP.PROTOCOL_NUMBER_SERIES_COLLIDES', year: 2019 });
    const otherFormat = await admin.put(series).send({ firstNumber: 20 }).expect(409);
    expect(otherFormat.body.code).toBe('GROUP.PROTOCOL_NUMBER_SERIES_COLLIDES');
    expect(await numberOf('september')).toBe('7/19');
  });
});
