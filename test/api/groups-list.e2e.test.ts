import { groupsProjection } from '#libs/groups';
import { SSR } from '#libs/seeds';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import { PEOPLE, type Principals, seedGroup } from './support/seed-002-group.js';

interface Listed {
  groupId: string;
  name: string;
}

/**
 * GET /api/groups in keyset pages, as GET /api/follow-ups gives them: `limit` groups by name, then
 * id, and the Link header to the next page while there is one. The names are chosen so that any
 * collation orders them as `<` does (the embedded server is locale C, CI's other one C.UTF-8).
 */
describe('listing groups in keyset pages', () => {
  let api: ApiTestApp;
  let people: Principals;
  const created: Listed[] = [];

  const inListOrder = (groups: readonly Listed[]) =>
    [...groups].sort((a, b) =>
      a.name === b.name ? (a.groupId < b.groupId ? -1 : 1) : a.name < b.name ? -1 : 1,
    );
  const create = async (name: string, levels = ['FSG'], unitId = 'u-soc') => {
    const { body } = await api
      .as(people.admin)
      .post('/api/groups')
      .send({ name, levels, unitId, actsAsSkyddskommitte: false })
      .expect(201);
    created.push({ groupId: body.groupId as string, name });
    return body.groupId as string;
  };

  /** Every page from the first, by the Link headers: the groups of each and the links followed. */
  async function walk(who: Principals[keyof Principals], limit: number) {
    const pages: Listed[][] = [];
    const links: string[] = [];
    let next: string | undefined = `/api/groups?limit=${limit}`;
    while (next !== undefined) {
      const response = await api.as(who).get(next).expect(200);
      pages.push((response.body as Listed[]).map(({ groupId, name }) => ({ groupId, name })));
      const link = response.headers.link as string | undefined;
      next = link === undefined ? undefined : /^<([^>]+)>; rel="next"$/.exec(link)?.[1];
      if (link !== undefined) {
        expect(next).toBeDefined();
        links.push(next!);
      }
      expect(pages.length).toBeLessThan(50);
    }
    return { pages, links, groups: pages.flat() };
  }

  beforeAll(async () => {
    api = await startApiTestApp();
    let groupId: string;
    ({ people, groupId } = await seedGroup(api));
    created.push({ groupId, name: 'FSG/VSG Socialförvaltningen' });
    // Two names twice: the id orders them, and a page may end between the two.
    for (const name of ['Grupp 07', 'Grupp 01', 'Grupp 03', 'Grupp 03', 'Grupp 05', 'Grupp 02', 'Grupp 05'])
      await create(name);
  });
  afterAll(() => api?.close());

  it('gives an admin every group once, by name then id, in pages of `limit` linked by rel="next"', async () => {
    // No projection has run: every group is folded from its stream and ordered by the database.
    const { pages, links, groups } = await walk(people.admin, 3);
    expect(groups).toEqual(inListOrder(created));
    expect(pages.map((page) => page.length)).toEqual([3, 3, 2]);
    for (const link of links) expect(link).toMatch(/^\/api\/groups\?limit=3&cursor=[\w-]+$/);
    // One page that holds them all has no next.
    const all = await api.as(people.admin).get('/api/groups').expect(200);
    expect(all.body).toHaveLength(created.length);
    expect(all.headers.link).toBeUndefined();
  });

  it('pages the read model and the groups still ahead of it together, none twice, none left out', async () => {
    await projectToHead(api.app, [groupsProjection]);
    // Created after the projection ran: these have no row yet and are folded among the rows.
    await create('Grupp 04');
    await create('Grupp 00');
    await create('Grupp 03');
    for (const limit of [1, 2, 4, 5000]) {
      const { groups } = await walk(people.hr, limit);
      expect(groups).toEqual(inListOrder(created));
    }
  });

  it("pages a member's own groups and shows an outsider none, without a link", async () => {
    const joined = created.filter(({ name }) => name === 'Grupp 03' || name === 'Grupp 00');
    for (const { groupId } of joined)
      await api
        .as(people.admin)
        .post(`/api/groups/${groupId}/members`)
        .send({ person: PEOPLE.ssr, party: SSR, role: 'ledamot', joinedOn: '2019-01-01' })
        .expect(200);
    const own = inListOrder([created[0], ...joined]);
    const { pages, groups } = await walk(people.ssr, 2);
    expect(groups).toEqual(own);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    await projectToHead(api.app, [groupsProjection]);
    expect((await walk(people.ssr, 3)).groups).toEqual(own);

    const outsider = await api.as(people.outsider).get('/api/groups').expect(200);
    expect(outsider.body).toEqual([]);
    expect(outsider.headers.link).toBeUndefined();
  });

  it("fills an employee's pages with the groups they may read, reading past the APTs of other units", async () => {
    await api
      .as(people.admin)
      .post('/api/organisation/units')
      .send({ unitId: 'u-x', name: 'Kvarnen' })
      .expect(201);
    const others: string[] = [];
    for (let n = 1; n <= 8; n++) others.push(await create(`Grupp 06 APT ${n}`, ['APT']));
    await create('Grupp 06 APT 9', ['APT'], 'u-x');
    await projectToHead(api.app, [groupsProjection]);
    await create('Grupp 06 APT 0', ['APT'], 'u-x');
    const employee = { ...people.outsider, units: ['u-x'] };
    const readable = inListOrder(created.filter(({ groupId }) => !others.includes(groupId)));
    for (const limit of [1, 2, 3]) {
      const { pages, groups } = await walk(employee, limit);
      expect(groups).toEqual(readable);
      // Every page but the last is full: the refused ones do not leave a short page behind.
      for (const page of pages.slice(0, -1)) expect(page).toHaveLength(limit);
    }
  });

  it('refuses a cursor it did not give out with 400 GROUP.INVALID_CURSOR, and a bad limit with 400', async () => {
    const notOurs = [
      'bm90LWEtY3Vyc29y', // "not-a-cursor"
      Buffer.from(JSON.stringify({ n: 1, i: 'x' })).toString('base64url'),
      Buffer.from(JSON.stringify(['Grupp 01', 'x'])).toString('base64url'),
      Buffer.from(JSON.stringify({ d: '2019-01-01', i: 'x' })).toString('base64url'), // a follow-up list's
    ];
    for (const cursor of notOurs) {
      const bad = await api.as(people.admin).get(`/api/groups?cursor=${cursor}`).expect(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(bad.body.code).toBe('GROUP.INVALID_CURSOR');
      expect(bad.body.detail).toMatch(/cursor/);
    }
    for (const query of ['cursor=a%2Fb', 'limit=0', 'limit=5001', 'limit=many']) {
      const bad = await api.as(people.admin).get(`/api/groups?${query}`).expect(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(bad.body.code).toBe('REQUEST.INVALID');
    }
  });
});

describe('listing groups in Swedish order', () => {
  let api: ApiTestApp;
  let people: Principals;
  afterAll(() => api?.close());

  it('lists Å, Ä and Ö last and in that order, and does not put capitals first, on every page', async () => {
    api = await startApiTestApp();
    ({ people } = await seedGroup(api));
    for (const name of ['Örebro FSG', 'Ängen APT', 'Åsen VSG', 'alfa CSG', 'Zeta FSG', 'beta APT'])
      await api
        .as(people.admin)
        .post('/api/groups')
        .send({ name, levels: ['FSG'], unitId: 'u-soc', actsAsSkyddskommitte: false })
        .expect(201);
    await projectToHead(api.app, [groupsProjection]); // the rows' order, not only the folded ones'
    const names: string[] = [];
    let next: string | undefined = '/api/groups?limit=2';
    while (next !== undefined) {
      const { body, headers } = (await api.as(people.admin).get(next).expect(200)) as {
        body: Listed[];
        headers: { link?: string };
      };
      names.push(...body.map(({ name }) => name));
      next = /^<([^>]+)>; rel="next"$/.exec(headers.link ?? '')?.[1];
    }
    expect(names).toEqual([
      'alfa CSG',
      'beta APT',
      'FSG/VSG Socialförvaltningen',
      'Zeta FSG',
      'Åsen VSG',
      'Ängen APT',
      'Örebro FSG',
    ]);
  });
});
