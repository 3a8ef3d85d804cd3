/**
 * `npm run bench:overview`: HR's follow-up overview at scale (issue 12 asks, printed, not asserted:
 * the overdue overview p95 under 50 ms, the figures p95 under 100 ms, the CSV export of every row at
 * a steady memory). The API of the tests (startApiTestApp: every migration, the real query handlers)
 * on a database of its own, with BENCH_GROUPS (1,000) groups in 10 förvaltningar, 20 members each,
 * and BENCH_FOLLOW_UPS (200,000) follow-ups written straight into the follow-up-overview read model
 * with generate_series (what its projection would have written: the projection itself is what
 * test/follow-ups/follow-up-overview.e2e.test.ts checks, rebuild included; folding 200,000 streams
 * through the API first would take the benchmark's minutes for nothing it measures). Then, over
 * loopback, one request at a time, BENCH_RUNS (200) after BENCH_WARM_UP (20): the overview's first
 * page of the overdue with its total, the default list, a page deep in the keyset, a filtered page
 * and the figures; then the CSV export of one förvaltning and of every row, read by a client that
 * throws the bytes away, with the process's RSS sampled at every chunk and, once a second, the heap
 * a full garbage collection leaves (--expose-gc): what the export holds, which must not grow with
 * the rows. BENCH_EXPLAIN=1 prints PostgreSQL's plans of the overdue page and the figures first.
 * Asserts nothing. Runs through jest (JEST_SUITE=bench)
 * for swc's decorator metadata; DATABASE_URL or the embedded server of jest's global setup.
 */
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { Principal } from '#libs/identity';
import { type ApiTestApp, startApiTestApp } from '../api/support/api-test-app.js';
import { principalHeader } from '../api/support/test-principal.guard.js';
import { row } from './measure.js';

const GROUPS = Number(process.env.BENCH_GROUPS ?? 1000);
const FOLLOW_UPS = Number(process.env.BENCH_FOLLOW_UPS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 20);
const TENANT = 'bench';
const TODAY = '2019-04-01';

const HR: Principal = {
  accountId: 'acc-hr',
  tenantId: TENANT,
  displayName: 'Hanna HR',
  email: 'hr@bench.test',
  roles: ['hr'],
  via: 'session',
};

const print = (line: string) => process.stdout.write(`${line}\n`);

/** The organisation, its groups and members, and the follow-ups, as the projection would have them. */
async function generate(db: DataSource): Promise<void> {
  await db.query(
    `INSERT INTO rm_follow_up_overview_organisations (tenant_id, state)
     VALUES ($1, jsonb_build_object('created', true, 'units', '[]'::jsonb, 'federations', '{}'::jsonb,
       'unionOrganisations', '["Vision", "Kommunal", "Akademikerförbundet SSR"]'::jsonb))`,
    [TENANT],
  );
  await db.query(
    `INSERT INTO rm_follow_up_overview_units (tenant_id, unit_id, name, parent_unit_id, forvaltning_id)
     SELECT $1, 'f-' || lpad(f::text, 2, '0'), 'Förvaltning ' || lpad(f::text, 2, '0'), NULL, 'f-' || lpad(f::text, 2, '0')
     FROM generate_series(1, 10) f
     UNION ALL
     SELECT $1, 'f-' || lpad(f::text, 2, '0') || '-' || u, 'Enhet ' || f || '.' || u, 'f-' || lpad(f::text, 2, '0'),
            'f-' || lpad(f::text, 2, '0')
     FROM generate_series(1, 10) f, generate_series(1, 5) u`,
    [TENANT],
  );
  // Group i sits at unit (i mod 50); every tenth is a VSG, every fiftieth an FSG, the rest APTs.
  await db.query(
    `INSERT INTO rm_follow_up_overview_groups (tenant_id, group_id, name, levels, unit_id, state)
     SELECT $1, 'g-' || lpad(i::text, 4, '0'), 'Grupp ' || lpad(i::text, 4, '0'),
            CASE WHEN i % 50 = 0 THEN ARRAY['FSG'] WHEN i % 10 = 0 THEN ARRAY['VSG'] ELSE ARRAY['APT'] END,
            'f-' || lpad((i % 10 + 1)::text, 2, '0') || '-' || (i % 5 + 1), '{}'::jsonb
     FROM generate_series(0, $2 - 1) i`,
    [TENANT, GROUPS],
  );
  await db.query(
    `INSERT INTO rm_follow_up_overview_members (tenant_id, group_id, person_id, name, organisation, active)
     SELECT $1, 'g-' || lpad(i::text, 4, '0'), 'p-' || lpad((i * 20 + k)::text, 6, '0'), 'Person ' || (i * 20 + k),
            CASE WHEN k < 8 THEN 'employer' WHEN k < 12 THEN 'Vision' WHEN k < 16 THEN 'Kommunal'
                 ELSE 'Akademikerförbundet SSR' END, true
     FROM generate_series(0, $2 - 1) i, generate_series(0, 19) k`,
    [TENANT, GROUPS],
  );
  // Due dates over four years around today; before today 70 % completed (most on time), 5 %
  // cancelled, the rest open and so overdue; from today on almost all open.
  await db.query(
    `WITH s AS (
       SELECT n, n % $2 AS gi, n % 20 AS k, (n::bigint * 104729 % 100)::int AS r,
              date '2016-01-01' + ((n::bigint * 7919) % 1461)::int AS due
       FROM generate_series(1, $3) n
     ), t AS (
       SELECT s.*, CASE WHEN due < $4::date THEN (CASE WHEN r < 70 THEN 1 WHEN r < 75 THEN 2 ELSE 0 END)
                        ELSE (CASE WHEN r < 5 THEN 1 ELSE 0 END) END AS rank
       FROM s
     )
     INSERT INTO rm_follow_up_overview (tenant_id, follow_up_id, group_id, forvaltning_id, levels,
       origin_meeting_id, origin_item_id, origin_meeting_date, origin_paragraph, action, responsible_id,
       responsible_name, responsible_organisation, due_date, due_month, status, status_rank, closing_reason, completed_on,
       reports, reschedules, history_count, confidential, opened_at, closed_at)
     SELECT $1, 'fu-' || lpad(n::text, 7, '0'), g.group_id, u.forvaltning_id, g.levels,
            'm-' || gi || '-' || (n % 40), 'i-' || (n % 7), due - 30, n % 12 + 4,
            'Åtgärd ' || n || ': följ upp arbetsmiljön', m.person_id, m.name,
            CASE WHEN g.levels = ARRAY['APT'] THEN NULL ELSE m.organisation END,
            due, date_trunc('month', due)::date, (ARRAY['open', 'completed', 'cancelled'])[rank + 1], rank,
            CASE WHEN rank = 2 THEN 'Ersatt' END,
            CASE WHEN rank = 1 THEN due - 10 + r % 25 END,
            r % 3, r % 2, r % 3 + r % 2 + CASE WHEN rank > 0 THEN 1 ELSE 0 END, r = 42,
            (due - 30)::timestamptz, CASE WHEN rank > 0 THEN (due - 10 + r % 25)::timestamptz END
     FROM t
     JOIN rm_follow_up_overview_groups g ON g.tenant_id = $1 AND g.group_id = 'g-' || lpad(gi::text, 4, '0')
     JOIN rm_follow_up_overview_units u ON u.tenant_id = $1 AND u.unit_id = g.unit_id
     JOIN rm_follow_up_overview_members m
       ON m.tenant_id = $1 AND m.group_id = g.group_id AND m.person_id = 'p-' || lpad((gi * 20 + k)::text, 6, '0')`,
    [TENANT, GROUPS, FOLLOW_UPS, TODAY],
  );
}

/**
 * What autovacuum does for a table that has just taken its rows (statistics, the visibility map), done
 * at once, as the superuser of jest's server: the service's own role owns no table and may not.
 */
async function vacuum(db: DataSource): Promise<void> {
  const [{ name }] = (await db.query('SELECT current_database() AS name')) as { name: string }[];
  const url = new URL(process.env.DATABASE_URL ?? '');
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    for (const table of [
      'rm_follow_up_overview',
      'rm_follow_up_overview_month_counts',
      'rm_follow_up_overview_groups',
      'rm_follow_up_overview_units',
      'rm_follow_up_overview_members',
      'rm_follow_up_overview_organisations',
    ]) {
      await client.query(`VACUUM (ANALYZE) ${table}`);
    }
  } finally {
    await client.end();
  }
}

interface Fetched {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: number;
  body?: string;
}

/** One GET over loopback as HR; the body is kept only when asked (the export's is counted and dropped). */
function fetchAs(port: number, path: string, keep = true, onChunk?: () => void): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = get(
      { host: '127.0.0.1', port, path, headers: { 'X-Test-Principal': principalHeader(HR) } },
      (response) => {
        let bytes = 0;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (keep) chunks.push(chunk);
          onChunk?.();
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            bytes,
            body: keep ? Buffer.concat(chunks).toString('utf8') : undefined,
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

async function timed(port: number, path: string): Promise<number[]> {
  const once = async () => {
    const t0 = performance.now();
    const response = await fetchAs(port, path);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${response.body}`);
    return performance.now() - t0;
  };
  for (let i = 0; i < WARM_UP; i += 1) await once();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) times.push(await once());
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return [at(0.5), at(0.95), at(0.99)];
}

/**
 * One export read by a client that throws the bytes away, the process's memory sampled at every
 * chunk: the peak RSS as it ran, and once a second the heap that a full garbage collection leaves
 * (what the export really holds; V8 lets garbage pile up between collections, which RSS shows).
 */
async function exportMeasured(port: number, path: string) {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  const heapBaseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const retained: number[] = [];
  const t0 = performance.now();
  let nextSecond = t0 + 1000;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
    if (performance.now() >= nextSecond && global.gc) {
      global.gc();
      retained.push(process.memoryUsage().heapUsed - heapBaseline);
      nextSecond += 1000;
    }
  };
  const sampler = setInterval(sample, 10);
  const exported = await fetchAs(port, path, false, sample);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (exported.status !== 200) throw new Error(`the export answered ${exported.status}`);
  return {
    bytes: exported.bytes,
    rows: Number(exported.headers['x-total-count']),
    seconds: (performance.now() - t0) / 1000,
    baseline,
    peak,
    retained,
  };
}

async function main() {
  const api: ApiTestApp = await startApiTestApp();
  try {
    api.clock.set(`${TODAY}T10:00:00Z`);
    const db = api.app.get(DataSource);
    const started = performance.now();
    await generate(db);
    await vacuum(db);
    const setUp = (performance.now() - started) / 1000;
    print(`generated in ${setUp.toFixed(1)} s`);
    if (process.env.BENCH_EXPLAIN) {
      // What PostgreSQL does for the overdue page and the figures (BENCH_EXPLAIN=1).
      const { readOverviewPage, readOverviewFigureCellsByMonth } = await import('#libs/follow-ups');
      const explaining = {
        query: async (sql: string, values: unknown[]) => {
          const plan = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values)) as {
            'QUERY PLAN': string;
          }[];
          print(plan.map((line) => line['QUERY PLAN']).join('\n'));
          return db.query(sql, values);
        },
      };
      const scope = { groupIds: null, memberOf: [] };
      await readOverviewPage(explaining, TENANT, { status: 'overdue', level: 'VSG' }, scope, TODAY, {
        sort: 'responsible',
        limit: 50,
      });
      await readOverviewFigureCellsByMonth(explaining, TENANT, {}, TODAY);
    }
    const server = api.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const [{ server_version: version }] = (await db.query('SHOW server_version')) as {
      server_version: string;
    }[];

    const first = JSON.parse(
      (await fetchAs(port, '/api/follow-ups/overview?status=overdue')).body ?? '{}',
    ) as {
      total: number;
      nextCursor: string;
    };
    // A page about half-way down the overdue, walked to in pages of 500.
    let deep = first.nextCursor;
    const steps = Math.floor(first.total / 2 / 500);
    for (let page = 0; page < steps; page += 1) {
      const next = JSON.parse(
        (await fetchAs(port, `/api/follow-ups/overview?status=overdue&limit=500&cursor=${deep}`)).body ??
          '{}',
      ) as { nextCursor: string };
      deep = next.nextCursor;
    }
    const cases = [
      {
        name: 'overdue, first page of 50 + total',
        path: '/api/follow-ups/overview?status=overdue',
        target: 'p95 < 50',
      },
      { name: 'all statuses, first page + total', path: '/api/follow-ups/overview', target: 'p95 < 50' },
      {
        name: 'overdue, a page 10,000 rows in',
        path: `/api/follow-ups/overview?status=overdue&cursor=${deep}`,
        target: 'p95 < 50',
      },
      {
        name: 'overdue in one förvaltning, employer side',
        path: '/api/follow-ups/overview?status=overdue&forvaltningId=f-03&organisation=employer',
        target: 'p95 < 50',
      },
      {
        name: 'overdue at VSG level, by responsible',
        path: '/api/follow-ups/overview?status=overdue&level=VSG&sort=responsible',
        target: 'p95 < 50',
      },
      { name: 'figures, whole organisation', path: '/api/follow-ups/overview/figures', target: 'p95 < 100' },
      {
        name: 'figures, one förvaltning',
        path: '/api/follow-ups/overview/figures?forvaltningId=f-03',
        target: 'p95 < 100',
      },
    ];
    const lines: string[] = [];
    for (const { name, path, target } of cases) {
      const [p50, p95, p99] = await timed(port, path);
      lines.push(row([name, p50!.toFixed(1), p95!.toFixed(1), p99!.toFixed(1), target]));
      print(lines[lines.length - 1]!);
    }

    // The export of a tenth of the rows, then of every row, with the memory sampled as it streams:
    // if the export keeps no rows, the two peaks are alike.
    const small = await exportMeasured(port, '/api/follow-ups/overview/export.csv?forvaltningId=f-03');
    const all = await exportMeasured(port, '/api/follow-ups/overview/export.csv');
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
    const exportLine = (label: string, measured: Awaited<ReturnType<typeof exportMeasured>>) =>
      row([
        label,
        mb(measured.bytes),
        measured.seconds.toFixed(1),
        mb(measured.baseline),
        mb(measured.peak),
        measured.retained.length === 0 ? '–' : mb(Math.max(...measured.retained)),
        measured.retained.map((bytes) => (bytes / 1024 / 1024).toFixed(1)).join(' '),
      ]);

    print(
      `\nHR's follow-up overview (PostgreSQL ${version}; ${GROUPS} groups, ${FOLLOW_UPS.toLocaleString('en-US')} ` +
        `follow-ups, ${first.total.toLocaleString('en-US')} of them overdue on ${TODAY}; generated in ` +
        `${setUp.toFixed(1)} s; ${RUNS} requests each over loopback, one at a time)\n`,
    );
    print('| request | p50 ms | p95 ms | p99 ms | target |');
    print('| ------- | -----: | -----: | -----: | ------ |');
    for (const line of lines) print(line);
    print(
      '\n| CSV export | file MB | s | RSS before MB | RSS peak MB | heap held, most MB | heap held after a full GC, each second, MB |',
    );
    print(
      '| ---------- | ------: | -: | ------------: | ----------: | -----------------: | ------------------------------------------ |',
    );
    print(exportLine(`one förvaltning (${small.rows.toLocaleString('en-US')} rows)`, small));
    print(exportLine(`every row (${all.rows.toLocaleString('en-US')} rows)`, all));
  } finally {
    await api.close();
  }
}

// A jest "test" only so that it runs with swc's decorator metadata; it asserts nothing.
it('prints the overview, figures and export measurements', main, 30 * 60_000);
