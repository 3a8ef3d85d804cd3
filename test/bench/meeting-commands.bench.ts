/**
 * `npm run bench:commands`: what a command and a meeting read cost in a group with many meetings
 * (issue 14: "no request folds history"). The production ApiModule with the page tests' world and
 * BENCH_MEETINGS (300) meetings in one group, scheduled through the API, the worker's projections
 * run to the head. Then, one at a time, BENCH_RUNS (50) times each after a warm-up: scheduling one
 * more meeting (with the read models caught up before each, as the worker keeps them, and again
 * with the worker stopped, every scheduling a group change the read model has not seen), a meeting
 * command (the March meeting’s agenda), GET /api/meetings/{id} and GET /api/groups, and once more
 * each counting the streams and events it read (the event store’s counters). Prints a
 * table; asserts nothing. Runs through jest (JEST_SUITE=bench), as bench:pages does.
 */
import request from 'supertest';
import { StreamReader } from '#libs/event-store';
import { followUpsProjection } from '#libs/follow-ups';
import { groupsProjection } from '#libs/groups';
import { carryOverProjection, meetingsProjection } from '#libs/meetings';
import { projectToHead } from '../api/support/project-to-head.js';
import { type StreamReads, streamReadsOf } from '../api/support/stream-reads.js';
import { startWebWorld } from '../web/support/web-world.js';
import { row } from './measure.js';

const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 5);

const print = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const world = await startWebWorld();
  try {
    const chair = () => ({
      get: (path: string) => request(world.server).get(path).set('Cookie', world.cookies.chair),
      put: (path: string, body: object) =>
        request(world.server).put(path).set('Cookie', world.cookies.chair).send(body),
      post: (path: string, body: object) =>
        request(world.server).post(path).set('Cookie', world.cookies.chair).send(body),
    });
    let scheduled = 2;
    const schedule = () => {
      scheduled += 1;
      const day = new Date(Date.UTC(2019, 3, 1) + scheduled * 86_400_000).toISOString().slice(0, 10);
      return chair().post(`/api/groups/${world.groupId}/meetings`, {
        startsAt: `${day}T06:00:00Z`,
        endsAt: `${day}T07:00:00Z`,
        place: `Rum ${scheduled}`,
      });
    };
    const started = performance.now();
    while (scheduled < MEETINGS) {
      if ((await schedule()).status !== 201) throw new Error('scheduling failed');
      if (scheduled % 100 === 0) print(`scheduled ${scheduled}/${MEETINGS}`);
    }
    const projections = [
      groupsProjection,
      meetingsProjection(world.app.get(StreamReader)),
      carryOverProjection,
      followUpsProjection,
    ];
    const project = () => projectToHead(world.app, projections);
    await project();
    const setUp = (performance.now() - started) / 1000;

    const next = `/api/meetings/${world.meetingIds.next}`;
    let agenda = 0;
    const setAgenda = () => {
      agenda += 1;
      return chair().put(`${next}/agenda`, {
        items: [
          {
            itemId: `i-${agenda}`,
            title: 'Budget 2019',
            kind: 'information',
            proposer: { side: 'employer' },
          },
        ],
      });
    };
    const cases: { name: string; send: () => request.Test; status: number; before?: () => Promise<void> }[] =
      [
        { name: 'schedule a meeting (read models caught up)', send: schedule, status: 201, before: project },
        { name: 'schedule a meeting (worker stopped)', send: schedule, status: 201 },
        { name: 'meeting command (PUT agenda)', send: setAgenda, status: 200, before: project },
        { name: 'GET /api/meetings/{id}', send: () => chair().get(next), status: 200 },
        { name: 'GET /api/groups', send: () => chair().get('/api/groups'), status: 200, before: project },
      ];
    const lines: string[] = [];
    for (const { name, send, status, before } of cases) {
      const times: number[] = [];
      for (let i = 0; i < WARM_UP + RUNS; i += 1) {
        if (before) await before();
        const t0 = performance.now();
        const response = await send();
        const took = performance.now() - t0;
        if (response.status !== status) throw new Error(`${name} answered ${response.status}`);
        if (i >= WARM_UP) times.push(took);
      }
      // Once more, counted: the streams and events the request read (event_store_stream_*).
      if (before) await before();
      const reads = await streamReadsOf(send, status);
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
      lines.push(row([name, at(0.5).toFixed(1), at(0.95).toFixed(1), readsIn(reads)]));
    }
    print(
      `\nRequests over loopback (${MEETINGS} meetings in one group to start with, set up in ` +
        `${setUp.toFixed(0)} s; ${RUNS} runs each, one at a time)\n`,
    );
    print('| request | p50 ms | p95 ms | streams read (events) |');
    print('| ------- | -----: | -----: | --------------------- |');
    for (const line of lines) print(line);
  } finally {
    await world.close();
  }
}

const readsIn = (reads: StreamReads) =>
  Object.entries(reads)
    .map(([type, { streams, events }]) => `${type} ${streams} (${events})`)
    .join(', ') || 'none';

// A jest "test" only so that it runs with swc's decorator metadata; it asserts nothing.
it('prints command and read times', main, 30 * 60_000);
