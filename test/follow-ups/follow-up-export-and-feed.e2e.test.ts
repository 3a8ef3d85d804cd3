/**
 * Issue 12, HR's overview out of the service: the CSV export (opened with csv-parse, as Excel would
 * read it: UTF-8 with a BOM, semicolons, formulas neutralised, its limit) and a person's private
 * calendar feed of due dates (parsed with ical.js; no sign-in; revoked is 404).
 */
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import type request from 'supertest';
import { AppConfig } from '#libs/config';
import { FollowUpCalendarFeeds } from '#libs/follow-ups';
import { type ApiTestApp, startApiTestApp } from '../api/support/api-test-app.js';
import { PEOPLE } from '../api/support/seed-002-group.js';
import {
  BO,
  GENERATED,
  generatedDueDate,
  INJECTION_ACTION,
  type OverviewWorld,
  overviewWorld,
  SECRET_ACTION,
  TODAY,
  VERA,
} from './overview-world.js';

/** Collects a binary body as it arrived (supertest hands a parser the response stream). */
const asBuffer: Parameters<request.Test['parse']>[0] = (response, callback) => {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('the overview as CSV and the calendar feed', () => {
  let api: ApiTestApp;
  let world: OverviewWorld;

  beforeAll(async () => {
    api = await startApiTestApp();
    world = await overviewWorld(api);
  }, 180_000);
  afterAll(() => api?.close());

  async function exportCsv(query = '', who = world.people.hr) {
    const response = await api
      .as(who)
      .get(`/api/follow-ups/overview/export.csv${query ? `?${query}` : ''}`)
      .buffer(true)
      .parse(asBuffer)
      .expect(200);
    const body = response.body as Buffer;
    const records = parse(body, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    return { response, body, records };
  }

  describe('the CSV export', () => {
    it('is UTF-8 with a BOM and semicolons, one row per follow-up with å ä ö intact', async () => {
      const { response, body, records } = await exportCsv();
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="uppfoljningar-${TODAY}.csv"`,
      );
      expect(response.headers['x-total-count']).toBe(String(GENERATED + 5));
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(body.toString('utf8', 3, 40)).toMatch(/^Förvaltning;Grupp;Nivå;Åtgärd;/);
      expect(body.toString('utf8')).toContain('\r\n');
      expect(records).toHaveLength(GENERATED + 5);
      // Overdue first, the oldest at the top, as the overview lists them.
      expect(records[0]).toMatchObject({
        Förvaltning: 'Barn- och utbildningsförvaltningen',
        Grupp: 'VSG Skolområde Norr',
        Nivå: 'VSG',
        Åtgärd: 'Åtgärd 1: skyddsronder i skola 1',
        Ansvarig: VERA.name,
        Organisation: 'Vision',
        Mötesdatum: '2018-10-01',
        Paragraf: '',
        Senast: generatedDueDate(0),
        Läge: 'Försenad',
        'Dagar försenad': '175',
      });
      const onTime = records.find((row) => row['Uppföljnings-id'] === world.ids.onTime);
      expect(onTime).toMatchObject({
        Åtgärd: 'Utvärdera avslutningsenkäterna – även för Å/Ä/Ö',
        Organisation: 'Arbetsgivaren',
        Paragraf: expect.stringMatching(/^§ \d+$/),
        Läge: 'Klar',
        'Klar datum': '2019-03-20',
        'Klar i tid': 'Ja',
        Händelser: '1',
      });
    });

    it('neutralises a cell a spreadsheet would run as a formula', async () => {
      const { records } = await exportCsv('status=completed');
      const late = records.find((row) => row['Uppföljnings-id'] === world.ids.late);
      expect(late?.Åtgärd).toBe(`'${INJECTION_ACTION}`);
      expect(late?.['Klar i tid']).toBe('Nej');
      expect(records.every((row) => !/^[=+\-@]/.test(row.Åtgärd ?? ''))).toBe(true);
    });

    it('leaves a confidential action out for HR, and keeps it for a member of the group', async () => {
      const forHr = await exportCsv('forvaltningId=u-soc');
      const secret = forHr.records.find((row) => row['Uppföljnings-id'] === world.ids.secret);
      expect(secret).toMatchObject({
        Åtgärd: 'Sekretess: visas bara för gruppens ledamöter',
        Sekretess: 'Ja',
        Organisation: '',
      });
      expect(forHr.body.toString('utf8')).not.toContain(SECRET_ACTION);
      const forMember = await exportCsv('', world.people.secretary);
      expect(forMember.records).toHaveLength(5);
      expect(forMember.records.find((row) => row['Uppföljnings-id'] === world.ids.secret)?.Åtgärd).toBe(
        SECRET_ACTION,
      );
    });

    it('follows the filters, and refuses more rows than its limit before writing any', async () => {
      const { records, response } = await exportCsv('organisation=employer&status=overdue');
      expect(records.every((row) => row.Organisation === 'Arbetsgivaren' && row.Läge === 'Försenad')).toBe(
        true,
      );
      expect(response.headers['x-total-count']).toBe(String(records.length));
      const config = api.app.get(AppConfig);
      const limit = config.followUpExportMaxRows;
      config.followUpExportMaxRows = 10;
      try {
        const refused = await api.as(world.people.hr).get('/api/follow-ups/overview/export.csv').expect(400);
        expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(refused.body).toMatchObject({
          code: 'FOLLOW_UP.EXPORT_TOO_LARGE',
          rows: GENERATED + 5,
          limit: 10,
        });
        expect(refused.body.detail).toMatch(/65 rows, more than its limit of 10/);
        await exportCsv('forvaltningId=u-soc');
      } finally {
        config.followUpExportMaxRows = limit;
      }
      const bad = await api
        .as(world.people.hr)
        .get('/api/follow-ups/overview/export.csv?groupId=nej')
        .expect(400);
      expect(bad.body.code).toBe('FOLLOW_UP.UNKNOWN_FILTER_VALUE');
    });
  });

  describe('the calendar feed', () => {
    const feeds = () => api.app.get(FollowUpCalendarFeeds);
    const read = (path: string) => api.anonymous().get(path);

    function events(ics: string) {
      const calendar = new ICAL.Component(ICAL.parse(ics));
      return calendar.getAllSubcomponents('vevent').map((vevent) => {
        const event = new ICAL.Event(vevent);
        return {
          uid: event.uid,
          summary: event.summary,
          description: event.description,
          start: event.startDate.toString(),
          isDate: event.startDate.isDate,
          end: event.endDate.toString(),
        };
      });
    }

    it('gives a person their open follow-ups as all-day events on the due dates, without signing in', async () => {
      const feed = await feeds().create(world.people.vision);
      expect(feed.path).toMatch(/^\/api\/follow-ups\/calendar\/feed\.ics\?token=[A-Za-z0-9_-]{43}$/);
      const response = await read(feed.path).expect(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(events(response.text)).toEqual([
        {
          uid: `uppfoljning-${world.ids.overdue}@samverkan.localhost`,
          summary: 'Uppföljning: Redovisa tillbud för mars',
          description: expect.stringContaining('Grupp: FSG/VSG Socialförvaltningen'),
          start: '2019-03-11',
          isDate: true,
          end: '2019-03-12',
        },
      ]);
    });

    it('lists Vera’s thirty, and shows Bo his confidential one without its action', async () => {
      const vera = await feeds().create(world.people.vera);
      expect(events((await read(vera.path).expect(200)).text)).toHaveLength(GENERATED / 2);
      const bo = await feeds().create(world.people.bo);
      const boEvents = events((await read(bo.path).expect(200)).text);
      expect(boEvents).toHaveLength(GENERATED / 2 + 1);
      const secret = boEvents.find((event) => event.uid.includes(world.ids.secret));
      expect(secret).toMatchObject({ summary: 'Uppföljning (sekretess)', start: '2019-03-01' });
      expect(JSON.stringify(boEvents)).not.toContain(SECRET_ACTION);
      expect(BO.personId).toBe(world.people.bo.accountId);
    });

    it('answers 404 for a revoked or unknown token, and lets only its owner revoke it', async () => {
      const feed = await feeds().create(world.people.ssr);
      await read(feed.path).expect(200);
      expect(await feeds().revoke(world.people.hr, feed.feedId)).toBe(false);
      await read(feed.path).expect(200);
      expect(await feeds().revoke(world.people.ssr, feed.feedId)).toBe(true);
      const revoked = await read(feed.path).expect(404);
      expect(revoked.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(revoked.body.code).toBe('FOLLOW_UP.FEED_NOT_FOUND');
      const unknown = await read(`/api/follow-ups/calendar/feed.ics?token=${'A'.repeat(43)}`).expect(404);
      expect(unknown.body.code).toBe('FOLLOW_UP.FEED_NOT_FOUND');
      await read('/api/follow-ups/calendar/feed.ics?token=kort').expect(404);
      await read('/api/follow-ups/calendar/feed.ics').expect(400);
      const listed = await feeds().list(world.people.ssr);
      expect(listed).toEqual([expect.objectContaining({ feedId: feed.feedId, revokedAt: expect.any(Date) })]);
      expect(PEOPLE.ssr.personId).toBe(world.people.ssr.accountId);
    });
  });
});
