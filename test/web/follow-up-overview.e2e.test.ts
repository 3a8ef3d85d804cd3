/**
 * The Uppföljningsöversikt and Kalenderflöde pages over HTTP with the production ApiModule (identity's
 * real guard and sessions): HR's overview of every group with its figures, chart and table, keyset
 * "Nästa sida", filters as links, refused filters said at their fields, confidential text kept from
 * HR, hostile text escaped; the CSV link; a calendar feed made, read without a session and revoked.
 */
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { HOSTILE_GROUP_NAME } from './support/web-world.js';
import {
  FORMULA_ACTION,
  type OverviewWebWorld,
  SECRET_ACTION,
  startOverviewWebWorld,
} from './support/overview-web-world.js';

const decode = (html: string) =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&#x3D;/g, '=')
    .replace(/&quot;/g, '"');
const hrefOf = (html: string, id: string) =>
  decode(new RegExp(`href="([^"]*)" id="${id}"`).exec(html)?.[1] ?? '');
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

describe('the Uppföljningsöversikt and Kalenderflöde pages', () => {
  let world: OverviewWebWorld;

  beforeAll(async () => {
    world = await startOverviewWebWorld();
  }, 180_000);
  afterAll(() => world?.close());

  const asHr = (path: string) => request(world.server).get(path).set('Cookie', world.hrCookie);

  it('shows HR every follow-up, overdue first, with figures, the chart and its table, and a next page', async () => {
    const page = await asHr('/uppfoljningsoversikt').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<h1 class="ds-heading" data-size="lg">Uppföljningsöversikt</h1>');
    expect(page.text).toContain(`${world.total} uppföljningar, 50 visas`);
    expect(page.text).toContain('Räknat den 15 april 2019');
    // The oldest first: February's, 49 days late on 15 April.
    expect(page.text.indexOf('Försenad 49 dagar')).toBeGreaterThan(0);
    expect(page.text.indexOf('Försenad 49 dagar')).toBeLessThan(page.text.indexOf('Försenad 42 dagar'));
    // The chart: an accessible image with its title and description, and the same numbers in a table.
    expect(page.text).toMatch(
      /<svg role="img" viewBox="[^"]+" aria-labelledby="diagram-titel diagram-beskrivning"/,
    );
    expect(page.text).toContain(
      '<title id="diagram-titel">Försenade uppföljningar per förvaltning och månad</title>',
    );
    expect(page.text).toMatch(
      /<desc id="diagram-beskrivning">Staplat stapeldiagram över \d+ försenade uppföljningar/,
    );
    expect(page.text).toContain(
      '<caption id="diagram-tabell">Försenade uppföljningar per förvaltning och månad</caption>',
    );
    expect(page.text).toContain('<th scope="row">Socialförvaltningen</th>');
    // Hostile text is shown as text; the confidential action is not shown to HR.
    expect(page.text).not.toContain('<script>window.__pwned');
    expect(page.text).toContain('&lt;script&gt;window.__pwned');
    expect(page.text).not.toContain(SECRET_ACTION);
    expect(page.text).toContain('Sekretess: visas bara för gruppens ledamöter');
    expect(page.text).toContain('<a class="ds-link" href="/uppfoljningsoversikt">Uppföljningsöversikt</a>');

    const next = await asHr(hrefOf(page.text, 'nasta-sidan')).expect(200);
    expect(next.text).toContain(`${world.total} uppföljningar, 7 visas`);
    expect(next.text).not.toContain('id="nasta-sidan"');
    expect(hrefOf(next.text, 'forsta-sidan')).toBe('/uppfoljningsoversikt');
  });

  it('filters with a GET form, each name in the table a link that filters by that person', async () => {
    const vision = await asHr('/uppfoljningsoversikt?organisation=Vision&status=overdue').expect(200);
    expect(vision.text).toMatch(/\d+ uppföljningar/);
    expect(vision.text).not.toContain('Jenny Gräslund</a>');
    expect(vision.text).toContain('<option value="Vision" selected>Vision</option>');
    const person = /href="(\/uppfoljningsoversikt\?[^"]*responsibleId&#x3D;[^"]+)">Mårten Åberg/.exec(
      vision.text,
    )?.[1];
    expect(person).toBeDefined();
    await asHr(decode(person!)).expect(200);
    // The chair, a member, sees the confidential action; no menu link to the overview for her.
    const chair = await request(world.server)
      .get('/uppfoljningsoversikt')
      .set('Cookie', world.cookies.chair)
      .expect(200);
    expect(chair.text).toContain(SECRET_ACTION);
    expect(chair.text).not.toContain('href="/uppfoljningsoversikt">Uppföljningsöversikt</a>');
  });

  it('says a wrong filter at its field and in the summary, and lists nothing (400)', async () => {
    const wrongDate = await asHr('/uppfoljningsoversikt?dueFrom=2019-02-30').expect(400);
    expect(wrongDate.text).toContain('<div class="ds-error-summary"');
    expect(wrongDate.text).toContain('href="#dueFrom">Senast klar, från: Skriv datumet som ÅÅÅÅ-MM-DD');
    expect(wrongDate.text).toContain('aria-invalid="true"');
    expect(wrongDate.text).toContain('Inga uppföljningar visas');
    const unknown = await asHr('/uppfoljningsoversikt?forvaltningId=u-finns-inte').expect(400);
    expect(unknown.text).toContain('Förvaltning: Välj en förvaltning i listan.');
    const reversed = await asHr('/uppfoljningsoversikt?dueFrom=2019-04-01&dueTo=2019-03-01').expect(400);
    expect(reversed.text).toContain('Det första datumet måste vara samma som eller före det sista.');
    const stale = await asHr('/uppfoljningsoversikt?cursor=bm90LWEtY3Vyc29y').expect(400);
    expect(stale.text).toContain('Sidan finns inte längre');
  });

  it('links the CSV export with the same filters', async () => {
    const page = await asHr('/uppfoljningsoversikt?status=open').expect(200);
    const href = decode(
      /href="(\/api\/follow-ups\/overview\/export\.csv[^"]*)" download/.exec(page.text)?.[1] ?? '',
    );
    expect(href).toBe('/api/follow-ups/overview/export.csv?status=open');
    const csv = await asHr(href).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const records = parse(csv.text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(world.total);
    expect(records.find((row) => row['Åtgärd']?.includes('räknas inte'))?.['Åtgärd']).toBe(
      `'${FORMULA_ACTION}`,
    );
    expect(records.some((row) => row.Grupp === HOSTILE_GROUP_NAME)).toBe(true);
  });

  it('makes a calendar feed, shows its address once, and revokes it', async () => {
    const page = await request(world.server)
      .get('/kalenderflode')
      .set('Cookie', world.cookies.vision)
      .expect(200);
    expect(page.text).toContain('Du har inga kalenderlänkar.');
    await request(world.server)
      .post('/kalenderflode')
      .set('Cookie', world.cookies.vision)
      .type('form')
      .send({})
      .expect(403);
    const created = await request(world.server)
      .post('/kalenderflode')
      .set('Cookie', world.cookies.vision)
      .type('form')
      .send({ _csrf: csrfOf(page.text) })
      .expect(201);
    const url = decode(/id="lank-text" type="text" readonly value="([^"]+)"/.exec(created.text)?.[1] ?? '');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/follow-ups\/calendar\/feed\.ics\?token=[\w-]{43}$/);
    const feedPath = new URL(url).pathname + new URL(url).search;
    const feed = await request(world.server).get(feedPath).expect(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.text).toContain('BEGIN:VEVENT');
    expect(feed.text).toContain('DTSTART;VALUE=DATE:20190225');
    // Shown once: the list has it, without its address.
    const listed = await request(world.server)
      .get('/kalenderflode')
      .set('Cookie', world.cookies.vision)
      .expect(200);
    expect(listed.text).not.toContain(url);
    const action =
      /<form method="post" action="(\/kalenderflode\/[^"]+\/aterkalla)">/.exec(listed.text)?.[1] ?? '';
    // Another person cannot revoke it.
    const chairPage = await request(world.server)
      .get('/kalenderflode')
      .set('Cookie', world.cookies.chair)
      .expect(200);
    await request(world.server)
      .post(action)
      .set('Cookie', world.cookies.chair)
      .type('form')
      .send({ _csrf: csrfOf(chairPage.text) })
      .expect(404);
    await request(world.server).get(feedPath).expect(200);
    const revoked = await request(world.server)
      .post(action)
      .set('Cookie', world.cookies.vision)
      .type('form')
      .send({ _csrf: csrfOf(listed.text) })
      .expect(303);
    expect(revoked.headers.location).toBe('/kalenderflode?aterkallad=ja');
    await request(world.server).get(feedPath).expect(404);
    const after = await request(world.server)
      .get('/kalenderflode?aterkallad=ja')
      .set('Cookie', world.cookies.vision)
      .expect(200);
    expect(after.text).toContain('Kalenderlänken är återkallad.');
    expect(after.text).toContain('Återkallad ');
  });
});
