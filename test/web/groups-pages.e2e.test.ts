/**
 * /grupper in pages: at a national installation an admin or HR may read thousands of groups, so
 * the list shows a page at a time (100, by name) with "Nästa sida", says how many it shows when it
 * is not the whole list, and names a group's parent even when that one is on another page.
 * Someone in one group sees it alone, with no paging at all.
 */
import request from 'supertest';
import { GROUP_PAGE } from '#libs/groups';
import { formBrowser } from './support/form-browser.js';
import { PASSWORD, PEOPLE, startWebWorld, type WebWorld } from './support/web-world.js';

describe('Grupper in pages', () => {
  let world: WebWorld;
  let admin: ReturnType<typeof formBrowser>;
  let chair: ReturnType<typeof formBrowser>;

  beforeAll(async () => {
    world = await startWebWorld();
    const create = (body: object) =>
      request(world.server)
        .post('/api/groups')
        .set('Cookie', world.cookies.admin)
        .send({ levels: ['FSG'], unitId: 'u-soc', actsAsSkyddskommitte: false, ...body })
        .expect(201);
    // The world's group (its name starts with "<") comes first; "Grupp 100", under it, is last.
    for (let n = 1; n < GROUP_PAGE; n++) await create({ name: `Grupp ${String(n).padStart(3, '0')}` });
    await create({ name: 'Grupp 100', levels: ['VSG'], parentGroupId: world.groupId });
    admin = formBrowser(world);
    await admin.signIn(PEOPLE.admin.email, PASSWORD);
    chair = formBrowser(world);
    await chair.signIn(PEOPLE.chair.email, PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  const rowsOf = (html: string) => html.match(/href="\/grupper\/[^"]+"/g) ?? [];
  // Handlebars writes "=" in an attribute as &#x3D;, which the browser reads back as "=".
  const nextOf = (html: string) =>
    /<a class="ds-link" href="([^"]+)" id="nasta-sidan" rel="next">Nästa sida<\/a>/
      .exec(html)?.[1]
      .replaceAll('&#x3D;', '=');

  it('shows an admin 100 groups, says there are more, and goes on with Nästa sida to the last', async () => {
    const first = await admin.get('/grupper');
    expect(first.status).toBe(200);
    expect(rowsOf(first.text)).toHaveLength(GROUP_PAGE);
    expect(first.text).toContain('100 grupper visas på den här sidan. Det finns fler på nästa sida.');
    expect(first.text).toContain('Grupp 099');
    expect(first.text).not.toContain('Grupp 100');
    expect(first.text).not.toContain('id="forsta-sidan"');
    const next = nextOf(first.text);
    expect(next).toMatch(/^\/grupper\?cursor=[\w-]+$/);

    const second = await admin.get(next!);
    expect(second.status).toBe(200);
    expect(rowsOf(second.text)).toHaveLength(1);
    expect(second.text).toContain('Grupp 100');
    expect(second.text).toContain('1 grupp visas på den här sidan, den sista.');
    // Its parent is on the first page, and still named (escaped), not "En grupp du inte ser".
    expect(second.text).toContain('&lt;script&gt;window.__pwned&#x3D;1&lt;/script&gt;');
    expect(second.text).not.toContain('En grupp du inte ser');
    expect(nextOf(second.text)).toBeUndefined();
    expect(second.text).toContain('<a class="ds-link" href="/grupper" id="forsta-sidan">Första sidan</a>');
  });

  it("pages the administration's Grupper the same way; the form still offers every group as parent", async () => {
    const adminRows = (html: string) =>
      html.match(/<td><a class="ds-link" href="\/administration\/grupper\/[^"]+"/g) ?? [];
    const first = await admin.get('/administration/grupper');
    expect(first.status).toBe(200);
    expect(adminRows(first.text)).toHaveLength(GROUP_PAGE);
    expect(first.text).toContain('100 grupper visas på den här sidan. Det finns fler på nästa sida.');
    // The parent group's choice: every group (the 101 and "Ingen").
    expect(first.text.match(/<option /g)?.length).toBeGreaterThanOrEqual(GROUP_PAGE + 2);
    const next = nextOf(first.text);
    expect(next).toMatch(/^\/administration\/grupper\?cursor=[\w-]+$/);
    const second = await admin.get(next!);
    expect(adminRows(second.text)).toHaveLength(1);
    expect(second.text).toContain('Grupp 100');
    expect(second.text).toContain('href="/administration/grupper" id="forsta-sidan">Första sidan</a>');
    expect((await admin.get('/administration/grupper?cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
  });

  it('shows the chair their one group, all of it, with no paging', async () => {
    const page = await chair.get('/grupper');
    expect(page.status).toBe(200);
    expect(rowsOf(page.text)).toEqual([`href="/grupper/${world.groupId}"`]);
    expect(page.text).not.toContain('visas på den här sidan');
    expect(page.text).not.toContain('aria-label="Sidor"');
  });

  it('says in Swedish that a page link is stale, with the way back to the first page (400)', async () => {
    const stale = await admin.get('/grupper?cursor=bm90LWEtY3Vyc29y');
    expect(stale.status).toBe(400);
    expect(stale.text).toContain('Sidan finns inte längre');
    expect(stale.text).toContain('href="/grupper"');
    expect(rowsOf(stale.text)).toHaveLength(0);
  });
});
