/**
 * `npm run bench:http`: the built service on the data bench:seed made (BENCH_DATA_DIR, or the
 * DATABASE_URL it filled), started on loopback with its worker in process (BENCH_HTTP_WORKER=apart: as a
 * second process) and let catch up (every
 * projection's lag 0), or BENCH_HTTP_URL to target one already running on that data. Signs in as
 * the seed's first ordförande (a session cookie from POST /api/auth/login, as the e2e tests do)
 * and drives it with autocannon at fixed rates, each scenario bounded in count (rate × seconds)
 * and time (twice that), printing p50/p95/p99 of every response and the errors (non-2xx, failed
 * or timed out). BENCH_HTTP_SECONDS (10) per scenario after BENCH_HTTP_WARM_UP_S (2) unmeasured, BENCH_HTTP_READ_RATE (50/s),
 * BENCH_HTTP_SCHEDULE_RATE (20/s), BENCH_HTTP_COMMAND_RATE (200/s); BENCH_HTTP_ONLY=<part of a
 * scenario's name> runs only those; BENCH_HTTP_CPU_PROF=<folder> profiles the service. Asserts nothing.
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { freePort } from '#libs/testing';
import { cleanUpDataDirs } from '../service/service-data.js';
import { type ServiceProcess, startService, waitForExit, waitForHealth } from '../service/service-process.js';
import { row } from './measure.js';
import { readManifest, SEED_DIR, SEED_PASSWORD } from './seed-manifest.js';

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
/** Unmeasured seconds of each scenario first, so no scenario pays for a cold start (JIT, caches, pools). */
const WARM_UP_SECONDS = Number(process.env.BENCH_HTTP_WARM_UP_S ?? 2);
const READ_RATE = Number(process.env.BENCH_HTTP_READ_RATE ?? 50);
const SCHEDULE_RATE = Number(process.env.BENCH_HTTP_SCHEDULE_RATE ?? 20);
const COMMAND_RATE = Number(process.env.BENCH_HTTP_COMMAND_RATE ?? 200);
const DAY = 86_400_000;

const manifest = readManifest();
let service: ServiceProcess | undefined;
let worker: ServiceProcess | undefined;
/** BENCH_HTTP_WORKER=apart runs the projections in a worker process of their own (default: in the API's, as `npm start`). */
const WORKER_APART = process.env.BENCH_HTTP_WORKER === 'apart';
let base = process.env.BENCH_HTTP_URL ?? '';
if (!base) {
  const port = await freePort();
  const data: Record<string, string> = manifest.databaseUrl
    ? { DATABASE_URL: manifest.databaseUrl }
    : { DATA_DIR: SEED_DIR };
  // BENCH_HTTP_CPU_PROF=<folder>: the API process writes a V8 CPU profile there when it stops
  // (open it in Chrome's DevTools, or summarise it with test/bench/cpu-profile-summary.ts).
  // BENCH_HTTP_NODE_ARGS: more of node's options for it, e.g. --require <a preload>.
  const nodeArgs = [
    ...(process.env.BENCH_HTTP_CPU_PROF
      ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_HTTP_CPU_PROF]
      : []),
    ...(process.env.BENCH_HTTP_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
  ];
  service = startService(
    'api',
    {
      ...data,
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
      WORKER_IN_PROCESS: String(!WORKER_APART),
    },
    { nodeArgs },
  );
  if (WORKER_APART) {
    // The worker as a process of its own, as a loaded installation runs it (README: several API
    // processes and one worker): the projections do not share the API's event loop. Started once
    // the API answers, so it borrows the embedded server the API started on the same data folder.
    await waitForHealth(service, port, () => true, 120_000);
    worker = startService('worker', { ...data, LOG_LEVEL: 'warn' });
  }
  const started = performance.now();
  process.stderr.write('waiting for the service and its projections to reach the head of the log…\n');
  await waitForHealth(
    service,
    port,
    (health) => health.projections.length > 0 && health.projections.every((p) => p.lagEvents === 0),
    Number(process.env.BENCH_HTTP_CATCH_UP_S ?? 7200) * 1000,
  );
  const seconds = (performance.now() - started) / 1000;
  // From a seed's data (made with no worker), this is every projection built from zero.
  process.stderr.write(
    `caught up in ${seconds.toFixed(0)} s (${Math.round(manifest.totals.events / seconds).toLocaleString('en-US')} events/s of the seed's ${manifest.totals.events.toLocaleString('en-US')}, if it started from zero)\n`,
  );
  base = `http://127.0.0.1:${port}`;
}

/** A session cookie for a chair, from the JSON sign-in. */
async function signIn(email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: manifest.tenant, email, password: SEED_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} answered ${response.status}`);
  return String(response.headers.get('set-cookie')).split(';')[0];
}
const chair = manifest.chairs[0];
/** The mixed commands come from several chairs at once, each in a group of their own. */
const writers = await Promise.all(
  manifest.chairs.slice(0, 20).map(async (each, n) => ({
    cookie: await signIn(each.email),
    groupId: each.groupIds.find((id) => id !== manifest.smallGroup.groupId) ?? each.groupIds[0],
    n,
  })),
);
const cookie = writers[0].cookie;
const json = { 'content-type': 'application/json' };

/** A meeting still to come in a group (its last scheduled: the seed schedules those after the held ones). */
async function upcomingMeeting(groupId: string, cookie: string): Promise<string | undefined> {
  const response = await fetch(`${base}/api/groups/${groupId}`, { headers: { cookie } });
  const group = (await response.json()) as { meetings?: { meetingId: string }[] };
  return group.meetings?.at(-1)?.meetingId;
}
const agendaOf = await Promise.all(writers.map((writer) => upcomingMeeting(writer.groupId, writer.cookie)));

/** Unique future days, so no two scheduled meetings of a run share a start. */
let nextDay = 3000;
const scheduleBody = () => {
  const day = new Date(Date.now() + nextDay++ * DAY).toISOString().slice(0, 10);
  return JSON.stringify({ startsAt: `${day}T07:00:00Z`, endsAt: `${day}T08:00:00Z`, place: 'Mätrummet' });
};

interface Request {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: string;
  cookie?: string;
}

/**
 * One scenario: `rate` requests/s over `connections`, at most rate × seconds requests and at most
 * 2 × seconds s. `next` gets the connection's number (0 …), so a connection can act as one user.
 */
async function scenario(
  rate: number,
  connections: number,
  next: (connection: number) => Request,
  seconds = SECONDS,
) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let clients = 0;
  const amount = Math.max(1, Math.round(rate * seconds));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const running: autocannon.Instance = autocannon(
      {
        url: base,
        connections,
        overallRate: rate,
        amount,
        timeout: 10,
        // Each connection is one user: its own number, fixed for the run (a request's context is not).
        setupClient: (client) => {
          const connection = clients++;
          client.setRequests([
            {
              setupRequest: (request) => {
                const { method, path, body, cookie: as } = next(connection);
                return { ...request, method, path, body, headers: { ...json, cookie: as ?? cookie } };
              },
            },
          ]);
        },
      },
      (error, done) => {
        clearTimeout(guard);
        if (error) reject(error);
        else resolve(done);
      },
    );
    const guard = setTimeout(() => running.stop(), 2 * seconds * 1000);
    running.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode >= 300) statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
    });
  });
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    sent: latencies.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: [...statuses.values()].reduce((sum, n) => sum + n, result.errors + result.timeouts),
    statuses: [...statuses].map(([status, n]) => `${n}× ${status}`).join(', '),
  };
}

const cycle = <T>(items: readonly T[]) => {
  let n = 0;
  return () => items[n++ % items.length];
};
const closed = cycle(manifest.closedMeetingIds);
let mixed = 0;

const scenarios: {
  name: string;
  rate: number;
  connections: number;
  target: string;
  next: (connection: number) => Request;
}[] = [
  // One secretary scheduling after another: a group's meetings are decided one at a time.
  {
    name: `scheduling, group of ${manifest.smallGroup.meetings} meetings`,
    rate: SCHEDULE_RATE,
    connections: 1,
    target: 'p95 < 100 ms',
    next: () => ({
      method: 'POST',
      path: `/api/groups/${manifest.smallGroup.groupId}/meetings`,
      body: scheduleBody(),
    }),
  },
  {
    name: `scheduling, group of ${manifest.bigGroup.meetings.toLocaleString('en-US')} meetings`,
    rate: SCHEDULE_RATE,
    connections: 1,
    target: 'p95 < 100 ms, as the smaller',
    next: () => ({
      method: 'POST',
      path: `/api/groups/${manifest.bigGroup.groupId}/meetings`,
      body: scheduleBody(),
    }),
  },
  {
    name: 'my groups (GET /api/groups)',
    rate: READ_RATE,
    connections: 4,
    target: 'p95 < 50 ms',
    next: () => ({ method: 'GET', path: '/api/groups' }),
  },
  {
    name: 'upcoming meetings (Min sida, GET /)',
    rate: READ_RATE,
    connections: 4,
    target: 'p95 < 50 ms',
    next: () => ({ method: 'GET', path: '/' }),
  },
  {
    name: 'follow-up list (GET /api/follow-ups)',
    rate: READ_RATE,
    connections: 4,
    target: 'p95 < 50 ms',
    next: () => ({ method: 'GET', path: '/api/follow-ups' }),
  },
  {
    name: 'document page (GET /dokument/{closed meeting})',
    rate: READ_RATE,
    connections: 4,
    target: 'p95 < 50 ms',
    next: () => ({ method: 'GET', path: `/dokument/${closed()}` }),
  },
  {
    name: `mixed commands (scheduling, agenda) from ${writers.length} chairs`,
    rate: COMMAND_RATE,
    connections: writers.length,
    target: 'p99 < 50 ms',
    next: (connection) => {
      const writer = writers[connection % writers.length];
      const meetingId = agendaOf[writer.n];
      mixed += 1;
      if (mixed % 2 === 0 && meetingId)
        return {
          method: 'PUT',
          path: `/api/meetings/${meetingId}/agenda`,
          cookie: writer.cookie,
          body: JSON.stringify({
            items: [
              {
                itemId: `i-${randomUUID()}`,
                title: 'Arbetsmiljö och bemanning',
                kind: 'information',
                proposer: { side: 'employer' },
              },
            ],
          }),
        };
      return {
        method: 'POST',
        path: `/api/groups/${writer.groupId}/meetings`,
        cookie: writer.cookie,
        body: scheduleBody(),
      };
    },
  },
];

const lines: string[] = [];
try {
  const only = process.env.BENCH_HTTP_ONLY;
  for (const { name, rate, connections, target, next } of scenarios.filter(
    (s) => !only || s.name.includes(only),
  )) {
    process.stderr.write(`${name} at ${rate}/s…\n`);
    if (WARM_UP_SECONDS > 0) await scenario(rate, connections, next, WARM_UP_SECONDS);
    const result = await scenario(rate, connections, next);
    lines.push(
      row([
        name,
        rate,
        result.sent,
        result.p50.toFixed(1),
        result.p95.toFixed(1),
        result.p99.toFixed(1),
        result.statuses ? `${result.errors} (${result.statuses})` : result.errors,
        target,
      ]),
    );
  }
  const { totals } = manifest;
  console.log(
    `\nHTTP over loopback, as ${chair.email} (chair of ${chair.groupIds.length} groups); seed: ` +
      `${totals.groups} groups, ${totals.meetings} meetings, ${totals.followUps} follow-ups, ${totals.events} events; ` +
      `${SECONDS} s per scenario\n`,
  );
  console.log(row(['scenario', 'rate/s', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'target']));
  console.log('|---|---:|---:|---:|---:|---:|---:|---|');
  for (const line of lines) console.log(line);
} finally {
  if (worker) {
    worker.child.kill('SIGTERM');
    await waitForExit(worker, 60_000);
  }
  if (service) {
    service.child.kill('SIGTERM');
    await waitForExit(service, 60_000);
    await cleanUpDataDirs();
  }
}
