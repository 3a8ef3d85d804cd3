/**
 * `npm run bench:idle`: how much CPU an idle service takes (issue 14: under 1 % of a core). Builds
 * and starts the service on a fresh embedded PostgreSQL, waits until it is healthy and has settled
 * (BENCH_IDLE_WARMUP_S, 5), then reads the CPU time of the service process and of every process of
 * its PostgreSQL from /proc over BENCH_IDLE_S (30) seconds of doing nothing. Prints a table;
 * asserts nothing (Linux only: /proc).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { buildService } from '../service/service-build.js';
import { cleanUpDataDirs, embeddedSettings, postmasterOf, tempDataDir } from '../service/service-data.js';
import { startService, waitForExit, waitForHealth } from '../service/service-process.js';

const WARMUP_S = Number(process.env.BENCH_IDLE_WARMUP_S ?? 5);
const IDLE_S = Number(process.env.BENCH_IDLE_S ?? 30);
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/<pid>/stat). */
function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0; // gone meanwhile
  }
}

/** The postmaster and every process it started (backends, checkpointer, WAL writer …). */
function postgresPids(postmaster: number): number[] {
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    });
  return [postmaster, ...children];
}

await buildService();
const dataDir = tempDataDir();
const { settings, port } = await embeddedSettings(dataDir);
const service = startService('api', settings);
try {
  await waitForHealth(service, port, undefined, 60_000);
  await new Promise((resolve) => setTimeout(resolve, WARMUP_S * 1000));
  const postmaster = postmasterOf(dataDir);
  if (!postmaster) throw new Error('no embedded PostgreSQL found');
  const sample = () => ({
    service: cpuTicks(service.pid),
    postgres: postgresPids(postmaster.pid).reduce((sum, pid) => sum + cpuTicks(pid), 0),
  });
  const before = sample();
  await new Promise((resolve) => setTimeout(resolve, IDLE_S * 1000));
  const after = sample();
  const percent = (ticks: number) => ((100 * ticks) / TICKS_PER_SECOND / IDLE_S).toFixed(2);
  const rows = [
    ['service (node)', percent(after.service - before.service)],
    ['its PostgreSQL', percent(after.postgres - before.postgres)],
    ['together', percent(after.service - before.service + after.postgres - before.postgres)],
  ];
  console.log(`\nIdle CPU over ${IDLE_S} s (% of one core; target: under 1 % together)\n`);
  for (const [what, value] of rows) console.log(`  ${what.padEnd(16)} ${value.padStart(6)} %`);
} finally {
  service.child.kill('SIGTERM');
  await waitForExit(service, 30_000);
  await cleanUpDataDirs();
}
