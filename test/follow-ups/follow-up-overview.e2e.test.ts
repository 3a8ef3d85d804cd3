/**
 * Issue 12, HR's overview: every follow-up of the organisation across its groups, from the
 * follow-up-overview read model, on seed 002's group and meeting plus a generated förvaltning
 * (overview-world.ts). Keyset pages with a total, every filter, the figures and their ageing, the
 * confidential text kept from HR, and bad filter values as 400 problem+json.
 */
import { DataSource } from 'typeorm';
import {
  countOverview,
  countOverviewByMonth,
  followUpOverviewProjection,
  readOverviewFigureCells,
  readOverviewFigureCellsByMonth,
  sumFigures,
} from '#libs/follow-ups';
import { type ApiTestApp, startApiTestApp } from '../api/support/api-test-app.js';
import { rebuildFromScratch } from '../api/support/project-to-head.js';
import { PEOPLE } from '../api/support/seed-002-group.js';
import {
  BO,
  type Expected,
  GENERATED,
  inOverviewOrder,
  isOverdue,
  type OverviewWorld,
  overviewWorld,
  SECRET_ACTION,
  TODAY,
} from './overview-world.js';

interface Row {
  followUpId: string;
  group: { groupId: string; name: string; levels: string[] };
  forvaltning: { unitId: string; name: string } | null;
  origin: { meetingDate: string; paragraph: number | null };
  action: string;
  responsible: { personId: string; name: string; organisation: string | null };
  dueDate: string;
  status: string;
  daysOverdue: number | null;
  completedOn: string | null;
  completedOnTime: boolean | null;
  historyCount: number;
  confidential: boolean;
  omitted?: true;
}
interface Page {
  today: string;
  total: number;
  rows: Row[];
  nextCursor: string | null;
}

const RANK: Record<string, number> = { open: 0, completed: 1, cancelled: 2 };
const DAY = 86_400_000;
const daysSince = (date: string) =>
  Math.round((Date.parse(`${TODAY}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY);

describe("HR's overview of follow-ups", () => {
  let api: ApiTestApp;
  let world: OverviewWorld;

  beforeAll(async () => {
    api = await startApiTestApp();
    world = await overviewWorld(api);
  }, 180_000);
  afterAll(() => api?.close());

  const overview = async (query = '', who = world.people.hr): Promise<Page> =>
    (
      await api
        .as(who)
        .get(`/api/follow-ups/overview${query ? `?${query}` : ''}`)
        .expect(200)
    ).body as Page;
  const ids = (rows: readonly { followUpId: string }[]) => rows.map((row) => row.followUpId).sort();

  /** Every page of a query, following nextCursor. */
  async function allPages(
    query: string,
    who = world.people.hr,
  ): Promise<{ rows: Row[]; pages: number; totals: number[] }> {
    const rows: Row[] = [];
    const totals: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await overview(`${query}${cursor ? `&cursor=${cursor}` : ''}`, who);
      rows.push(...page.rows);
      totals.push(page.total);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 100);
    return { rows, pages, totals };
  }

  it('lists every follow-up of the organisation to HR, open and most overdue first, in keyset pages', async () => {
    const { rows, pages, totals } = await allPages('limit=20');
    expect(pages).toBe(4);
    expect(new Set(totals)).toEqual(new Set([GENERATED + 5]));
    expect(rows).toHaveLength(GENERATED + 5);
    expect(ids(rows)).toEqual(ids(world.expected));
    // Open first, by due date; the first is the most overdue: the school's first, 175 days late.
    for (let i = 1; i < rows.length; i += 1) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(RANK[a.status]! * 1e9 + Date.parse(a.dueDate) / DAY).toBeLessThanOrEqual(
        RANK[b.status]! * 1e9 + Date.parse(b.dueDate) / DAY,
      );
    }
    expect(rows[0]).toMatchObject({ dueDate: '2018-10-08', daysOverdue: 175, status: 'open' });
    // The same rows as one page of 500.
    expect((await overview('limit=500')).rows.map((row) => row.followUpId)).toEqual(
      rows.map((row) => row.followUpId),
    );
    expect(inOverviewOrder(world.expected)[0]!.dueDate).toBe('2018-10-08');
  });

  it('gives each row its group, level, förvaltning, responsible with organisation, origin and history', async () => {
    const { rows } = await overview('limit=500');
    const byId = new Map(rows.map((row) => [row.followUpId, row]));
    expect(byId.get(world.ids.late)).toMatchObject({
      group: { name: 'FSG/VSG Socialförvaltningen', levels: ['FSG', 'VSG'] },
      forvaltning: { unitId: 'u-soc', name: 'Socialförvaltningen' },
      responsible: { ...PEOPLE.ssr, organisation: 'Akademikerförbundet SSR' },
      origin: { meetingDate: '2019-02-25', paragraph: expect.any(Number) },
      status: 'completed',
      completedOn: '2019-03-05',
      completedOnTime: false,
      daysOverdue: null,
      historyCount: 1,
    });
    expect(byId.get(world.ids.onTime)).toMatchObject({ completedOn: '2019-03-20', completedOnTime: true });
    expect(byId.get(world.ids.overdue)).toMatchObject({
      daysOverdue: 21,
      responsible: { organisation: 'Vision' },
    });
    // The school group's unit sits under its förvaltning; its meeting is not closed, so no § yet.
    const school = rows.find((row) => row.group.groupId === world.schoolGroupId)!;
    expect(school).toMatchObject({
      group: { name: 'VSG Skolområde Norr', levels: ['VSG'] },
      forvaltning: { unitId: 'u-bun', name: 'Barn- och utbildningsförvaltningen' },
      origin: { meetingDate: '2018-10-01', paragraph: null },
    });
  });

  it('filters by förvaltning, level, group, organisation, responsible, status and due dates, with the total', async () => {
    const cases: [string, (row: Expected) => boolean][] = [
      ['forvaltningId=u-soc', (row) => row.group === 'soc'],
      ['forvaltningId=u-bun', (row) => row.group === 'skola'],
      ['level=FSG', (row) => row.group === 'soc'],
      ['level=VSG', () => true],
      ['level=CSG', () => false],
      [`groupId=${world.schoolGroupId}`, (row) => row.group === 'skola'],
      ['organisation=Vision', (row) => row.organisation === 'Vision'],
      ['organisation=employer', (row) => row.organisation === 'employer'],
      [`responsibleId=${BO.personId}`, (row) => row.responsibleId === BO.personId],
      ['status=overdue', isOverdue],
      ['status=open', (row) => row.status === 'open'],
      ['status=completed', (row) => row.status === 'completed'],
      ['status=cancelled', (row) => row.status === 'cancelled'],
      [
        'dueFrom=2019-03-01&dueTo=2019-03-31',
        (row) => row.dueDate >= '2019-03-01' && row.dueDate <= '2019-03-31',
      ],
      [
        'status=overdue&organisation=employer&forvaltningId=u-bun',
        (row) => isOverdue(row) && row.organisation === 'employer' && row.group === 'skola',
      ],
    ];
    for (const [query, matches] of cases) {
      const page = await overview(`${query}&limit=500`);
      const wanted = world.expected.filter(matches);
      expect({ query, total: page.total, ids: ids(page.rows) }).toEqual({
        query,
        total: wanted.length,
        ids: ids(wanted),
      });
    }
  });

  it('sorts by due date descending and by responsible, each in its own keyset', async () => {
    const desc = await allPages('sort=due-desc&status=open&limit=7');
    expect(desc.rows.map((row) => row.dueDate)).toEqual(
      [...desc.rows.map((row) => row.dueDate)].sort().reverse(),
    );
    expect(desc.rows).toHaveLength(world.expected.filter((row) => row.status === 'open').length);
    const byResponsible = await allPages('sort=responsible&limit=9');
    expect(ids(byResponsible.rows)).toEqual(ids(world.expected));
    const names = byResponsible.rows.map((row) => row.responsible.name);
    expect(names.indexOf('Vera Åkesson')).toBeGreaterThan(names.lastIndexOf('Bo Ek'));
  });

  it('counts the figures: open, overdue, on time, late, per förvaltning and month, and the ageing', async () => {
    const { body } = await api.as(world.people.hr).get('/api/follow-ups/overview/figures').expect(200);
    const open = world.expected.filter((row) => row.status === 'open');
    const overdue = world.expected.filter(isOverdue);
    const aged = (from: number, to: number) =>
      overdue.filter((row) => daysSince(row.dueDate) >= from && daysSince(row.dueDate) <= to).length;
    expect(body.today).toBe(TODAY);
    expect(body.totals).toEqual({
      open: open.length,
      overdue: overdue.length,
      completedOnTime: 1,
      completedLate: 1,
      cancelled: 1,
      overdue0to30: aged(1, 30),
      overdue31to90: aged(31, 90),
      overdueOver90: aged(91, 10_000),
    });
    expect(aged(1, 30) + aged(31, 90) + aged(91, 10_000)).toBe(overdue.length);
    expect(
      body.byForvaltning.map((row: { forvaltning: { name: string }; overdue: number }) => [
        row.forvaltning.name,
        row.overdue,
      ]),
    ).toEqual([
      ['Barn- och utbildningsförvaltningen', overdue.filter((row) => row.group === 'skola').length],
      ['Socialförvaltningen', 2],
    ]);
    const march = body.byMonth.find((row: { month: string }) => row.month === '2019-03');
    const inMarch = world.expected.filter((row) => row.dueDate.startsWith('2019-03'));
    expect(march).toMatchObject({
      open: inMarch.filter((row) => row.status === 'open').length,
      overdue: inMarch.filter(isOverdue).length,
      completedOnTime: 1,
    });
    const cells = body.overdueByForvaltningAndMonth as {
      forvaltning: { unitId: string };
      month: string;
      overdue: number;
    }[];
    expect(cells.reduce((sum, cell) => sum + cell.overdue, 0)).toBe(overdue.length);
    expect(
      cells.find((cell) => cell.forvaltning.unitId === 'u-soc' && cell.month === '2019-03')?.overdue,
    ).toBe(2);
    // The figures follow the filters.
    const vision = await api
      .as(world.people.hr)
      .get('/api/follow-ups/overview/figures?organisation=Vision')
      .expect(200);
    expect(vision.body.totals.open).toBe(
      world.expected.filter((row) => row.status === 'open' && row.organisation === 'Vision').length,
    );
  });

  it('counts the same figures and totals from the month counts as from the follow-ups, on any day and filter', async () => {
    const db = api.app.get(DataSource).manager;
    const sorted = (figures: ReturnType<typeof sumFigures>) => ({
      ...figures,
      byForvaltning: [...figures.byForvaltning].sort((a, b) =>
        String(a.forvaltningId).localeCompare(String(b.forvaltningId)),
      ),
    });
    const filters = [
      {},
      { status: 'overdue' as const },
      { status: 'open' as const },
      { status: 'completed' as const, organisation: 'employer' },
      { dueFrom: '2018-11-15', dueTo: '2019-03-10' },
      { forvaltningId: 'u-bun', level: 'VSG' as const },
      { organisation: 'Vision', dueTo: '2019-01-20' },
    ];
    for (const today of [
      '2019-04-01',
      '2019-03-31',
      '2019-01-31',
      '2018-12-15',
      '2019-05-10',
      '2019-07-01',
    ]) {
      for (const filter of filters) {
        const byMonth = await readOverviewFigureCellsByMonth(db, world.tenantId, filter, today);
        const whole = { groupIds: null, memberOf: [] };
        const byRow = await readOverviewFigureCells(db, world.tenantId, filter, whole, today);
        expect({
          today,
          filter,
          total: await countOverviewByMonth(db, world.tenantId, filter, today),
        }).toEqual({
          today,
          filter,
          total: await countOverview(db, world.tenantId, filter, whole, today),
        });
        expect({ today, filter, figures: sorted(sumFigures(byMonth)) }).toEqual({
          today,
          filter,
          figures: sorted(sumFigures(byRow)),
        });
      }
    }
  });

  it('counts days overdue from the clock’s Stockholm date', async () => {
    // 31 March 2019 at 22.30 UTC is already 1 April in Stockholm (summer time): 21 days past 11 March.
    api.clock.set('2019-03-31T22:30:00Z');
    const early = await overview(`responsibleId=${PEOPLE.vision.personId}`);
    expect(early.today).toBe('2019-04-01');
    expect(early.rows[0]).toMatchObject({ dueDate: '2019-03-11', daysOverdue: 21 });
    api.clock.set('2019-03-31T21:30:00Z');
    expect((await overview(`responsibleId=${PEOPLE.vision.personId}`)).rows[0]!.daysOverdue).toBe(20);
    api.clock.set(`${TODAY}T10:00:00Z`);
  });

  it('keeps a confidential follow-up’s action from HR and admins, not from the group’s members', async () => {
    const secretOf = async (who: (typeof world.people)[keyof typeof world.people]) =>
      (await overview('limit=500', who)).rows.find((row) => row.followUpId === world.ids.secret);
    expect(await secretOf(world.people.hr)).toMatchObject({
      action: '',
      confidential: true,
      omitted: true,
      daysOverdue: 31,
    });
    expect(await secretOf(world.people.admin)).toMatchObject({ action: '', omitted: true });
    const member = await secretOf(world.people.secretary);
    expect(member).toMatchObject({ action: SECRET_ACTION, confidential: true });
    expect(member).not.toHaveProperty('omitted');
    // The responsible is no member of the group: not even Bo reads it here.
    expect(JSON.stringify(await overview('limit=500', world.people.bo))).not.toContain(SECRET_ACTION);
  });

  it('shows a group member only their own groups’ follow-ups, and an outsider none', async () => {
    const vera = await overview('limit=500', world.people.vera);
    expect(vera.total).toBe(GENERATED);
    expect(new Set(vera.rows.map((row) => row.group.groupId))).toEqual(new Set([world.schoolGroupId]));
    expect((await overview('', world.people.secretary)).total).toBe(5);
    expect(await overview('', world.people.outsider)).toMatchObject({ total: 0, rows: [], nextCursor: null });
    await api.anonymous().get('/api/follow-ups/overview').expect(401);
  });

  it('refuses a filter value that does not exist, and a bad cursor, with 400 problem+json saying which', async () => {
    const refused = async (query: string, code: string, text: RegExp) => {
      const response = await api.as(world.people.hr).get(`/api/follow-ups/overview?${query}`).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect({ query, code: response.body.code }).toEqual({ query, code });
      expect(JSON.stringify(response.body)).toMatch(text);
    };
    await refused(
      'forvaltningId=u-finns-inte',
      'FOLLOW_UP.UNKNOWN_FILTER_VALUE',
      /no förvaltning .+u-finns-inte/,
    );
    // A unit under a förvaltning is no förvaltning.
    await refused('forvaltningId=u-bun-skola', 'FOLLOW_UP.UNKNOWN_FILTER_VALUE', /forvaltningId/);
    await refused('groupId=g-finns-inte', 'FOLLOW_UP.UNKNOWN_FILTER_VALUE', /no group .+g-finns-inte/);
    await refused('organisation=Unionen', 'FOLLOW_UP.UNKNOWN_FILTER_VALUE', /organisation/);
    await refused(
      'responsibleId=p-ingen',
      'FOLLOW_UP.UNKNOWN_FILTER_VALUE',
      /no responsible person .+p-ingen/,
    );
    await refused('dueFrom=2019-04-01&dueTo=2019-03-01', 'FOLLOW_UP.INVALID_DUE_RANGE', /dueFrom/);
    await refused('level=XSG', 'REQUEST.INVALID', /level/);
    await refused('status=late', 'REQUEST.INVALID', /status/);
    await refused('dueTo=2019-02-30', 'REQUEST.INVALID', /dueTo/);
    await refused('limit=0', 'REQUEST.INVALID', /limit/);
    await refused('colour=blue', 'REQUEST.INVALID', /colour/);
    await refused('cursor=bm90LWEtY3Vyc29y', 'FOLLOW_UP.INVALID_CURSOR', /cursor/);
    const first = await overview('limit=5');
    await refused(
      `sort=responsible&cursor=${first.nextCursor}`,
      'FOLLOW_UP.INVALID_CURSOR',
      /order .+due.+, not .+responsible/,
    );
    const figures = await api
      .as(world.people.hr)
      .get('/api/follow-ups/overview/figures?groupId=nej')
      .expect(400);
    expect(figures.body.code).toBe('FOLLOW_UP.UNKNOWN_FILTER_VALUE');
  });

  it('gives the same rows after a rebuild from the log', async () => {
    const before = await overview('limit=500');
    await rebuildFromScratch(api.app, followUpOverviewProjection);
    expect(await overview('limit=500')).toEqual(before);
  });
});
