/**
 * `npm run bench:rebuild`: every read model rebuilt from zero (`rebuild --all`, the built service)
 * on the data bench:seed made (BENCH_DATA_DIR, or .tmp/bench-seed; a small one is enough:
 * BENCH_SEED_GROUPS=40 BENCH_SEED_MEETINGS=800 BENCH_SEED_FOLLOW_UPS=2400 gives ~12,500 events),
 * with every pg query counted (count-pg-queries.mjs). Prints events, seconds and events/s per
 * projection and overall, the queries per event and the load average (the machine may be shared).
 * BENCH_REBUILD_ONLY=<projection> rebuilds one. BENCH_REBUILD_DIST=<folder> runs another build of
 * the service (an older commit's, to compare) from that folder.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { SEED_DIR } from './seed-manifest.js';

const root = resolve(process.env.BENCH_REBUILD_DIST ?? process.cwd());
const only = process.env.BENCH_REBUILD_ONLY;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

const startLoad = load();
const child = spawn(
  process.execPath,
  [
    '--import',
    join(process.cwd(), 'test/bench/count-pg-queries.mjs'),
    join(root, 'dist/apps/worker/src/rebuild.js'),
    only ?? '--all',
  ],
  { cwd: root, env: { ...process.env, DATA_DIR: resolve(SEED_DIR) }, stdio: ['ignore', 'pipe', 'pipe'] },
);
let stdout = '';
let stderr = '';
child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
const code = await new Promise<number | null>((done) => child.on('close', done));
if (code !== 0) throw new Error(`rebuild failed (${code}):\n${stdout}\n${stderr.slice(-4000)}`);

const rebuilt = [...stdout.matchAll(/^(\S+): rebuilt from (\d+) events in ([\d.]+) s$/gm)].map((m) => ({
  name: m[1]!,
  events: Number(m[2]),
  seconds: Number(m[3]),
}));
const queries = Number(/pg queries: ([\d,]+) in all/.exec(stderr)?.[1]?.replace(/,/g, '') ?? NaN);
const events = rebuilt[0]?.events ?? 0;
const seconds = rebuilt.reduce((sum, r) => sum + r.seconds, 0);
for (const r of rebuilt)
  console.log(
    `${r.name.padEnd(30)} ${String(r.events).padStart(9)} events ${r.seconds.toFixed(2).padStart(8)} s ${Math.round(
      r.events / r.seconds,
    )
      .toLocaleString('en')
      .padStart(9)} events/s`,
  );
console.log(
  `all ${rebuilt.length} read models, one after the other: ${seconds.toFixed(2)} s, ` +
    `${Math.round(events / seconds).toLocaleString('en')} log events/s; ${queries.toLocaleString('en')} pg queries, ` +
    `${(queries / events).toFixed(2)} per log event (all read models together)`,
);
console.log(`load average (1, 5, 15 min): ${startLoad} before, ${load()} after`);
console.log(stderr.slice(stderr.indexOf('pg queries:')).trim());
