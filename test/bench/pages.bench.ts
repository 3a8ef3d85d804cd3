/**
 * `npm run bench:pages`: how long the pages take to render for a group with many meetings (issue 11
 * asks a page render p95 under 50 ms). The production ApiModule on a database of its own (the
 * embedded server, or DATABASE_URL), the web world of the page tests (a group, its ordförande, a
 * closed February meeting with its documents) and BENCH_MEETINGS (300) meetings in all, scheduled
 * through the API; the worker's projections run to the head of the log. Then Min sida, Grupp and
 * the Dokument page of the closed meeting are fetched over loopback, one at a time, BENCH_RUNS (200)
 * times each after BENCH_WARM_UP (20) warm-up runs, with the meetings read model caught up and
 * again with it emptied (every meeting folded from its stream, the fallback a lagging worker
 * leaves). Prints a table;
 * asserts nothing. It runs through jest (JEST_SUITE=bench), not tsx: Nest's injection needs the
 * decorator metadata swc emits, and jest's global setup gives it a server (DATABASE_URL or embedded).
 */
import request from 'supertest';
import { DataSource } from 'typeorm';
import { StreamReader } from '#libs/event-store';
import { followUpsProjection } from '#libs/follow-ups';
import { groupsProjection } from '#libs/groups';
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { carryOverProjection, meetingsProjection } from '#libs/meetings';
import { projectToHead } from '../api/support/project-to-head.js';
import { startWebWorld } from '../web/support/web-world.js';
import { row } from './measure.js';

const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 20);
const TARGET_P95_MS = 50;

/** Straight to stdout: jest's console adds a stack line to every log. */
const print = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const world = await startWebWorld();
  try {
    const started = performance.now();
    // The world has two meetings; the rest are scheduled one a day from April 2019, 08:00–09:00.
    for (let n = 2; n < MEETINGS; n += 1) {
      const day = new Date(Date.UTC(2019, 3, 1) + (n - 2) * 86_400_000).toISOString().slice(0, 10);
      const response = await request(world.server)
        .post(`/api/groups/${world.groupId}/meetings`)
        .set('Cookie', world.cookies.chair)
        .send({ startsAt: `${day}T06:00:00Z`, endsAt: `${day}T07:00:00Z`, place: `Rum ${n}` });
      if (response.status !== 201) throw new Error(`scheduling answered ${response.status}`);
      if (n % 50 === 0) print(`scheduled ${n}/${MEETINGS}`);
    }
    const meetings = meetingsProjection(world.app.get(StreamReader));
    await projectToHead(world.app, [
      groupsProjection,
      meetings,
      carryOverProjection,
      followUpsProjection,
      ...DOCUMENT_PROJECTIONS,
    ]);
    const setUp = (performance.now() - started) / 1000;

    const pages = [
      { name: 'Min sida', path: '/' },
      { name: `Grupp (${MEETINGS} meetings)`, path: `/grupper/${world.groupId}` },
      { name: 'Dokument (closed meeting)', path: `/dokument/${world.meetingIds.held}` },
    ];
    const [{ server_version: version }] = (await world.app.get(DataSource).query('SHOW server_version')) as {
      server_version: string;
    }[];
    const lines: string[] = [];
    for (const mode of ['read model caught up', 'rm_meetings empty'] as const) {
      if (mode === 'rm_meetings empty') await world.app.get(DataSource).query('TRUNCATE rm_meetings');
      for (const page of pages) {
        const times = await timed(world.server, world.cookies.chair, page.path);
        lines.push(row([page.name, mode, ...times.map((t) => t.toFixed(1)), `p95 < ${TARGET_P95_MS}`]));
      }
    }
    print(
      `\nPage renders over loopback (PostgreSQL ${version}; ${MEETINGS} meetings in one group, set up in ` +
        `${setUp.toFixed(0)} s; ${RUNS} runs each, one at a time)\n`,
    );
    print('| page | meetings read model | p50 ms | p95 ms | p99 ms | target |');
    print('| ---- | ------------------- | -----: | -----: | -----: | ------ |');
    for (const line of lines) print(line);
  } finally {
    await world.close();
  }
}

/** p50, p95 and p99 of RUNS sequential GETs (after a warm-up), in ms; every answer must be 200. */
async function timed(server: Parameters<typeof request>[0], cookie: string, path: string): Promise<number[]> {
  const once = async () => {
    const t0 = performance.now();
    const response = await request(server).get(path).set('Cookie', cookie);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    return performance.now() - t0;
  };
  for (let i = 0; i < WARM_UP; i += 1) await once();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) times.push(await once());
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return [at(0.5), at(0.95), at(0.99)];
}

// A jest "test" only so that it runs with swc's decorator metadata; it asserts nothing.
it('prints page render times', main, 30 * 60_000);
