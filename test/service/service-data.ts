import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '#libs/testing';
import { repoRoot, tmpRoot } from './service-build.js';

/** Data folders, the embedded server's files, and SQL on the service's database. */

const dataDirs: string[] = [];

/** A fresh DATA_DIR under <repo>/.tmp, named after this test process; removed by cleanUpDataDirs(). */
export function tempDataDir(): string {
  mkdirSync(tmpRoot, { recursive: true });
  const dir = mkdtempSync(join(tmpRoot, `service-${process.pid}-`));
  dataDirs.push(dir);
  return dir;
}

/** DATA_DIR, PORT and EMBEDDED_PG_PORT for a service on the embedded PostgreSQL. */
export async function embeddedSettings(dataDir: string): Promise<{
  settings: Record<string, string>;
  port: number;
}> {
  const port = await freePort();
  const settings = { DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()) };
  return { settings, port };
}

/** The embedded server's pid and port, from the postmaster.pid postgres writes (undefined when absent). */
export function postmasterOf(dataDir: string): { pid: number; port: number } | undefined {
  try {
    const lines = readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n');
    return { pid: Number(lines[0]), port: Number(lines[3]) };
  } catch {
    return undefined;
  }
}

/** The URL the service itself uses: password from <DATA_DIR>/pg-password, port from postmaster.pid. */
export function embeddedUrl(dataDir: string): string {
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  const postmaster = postmasterOf(dataDir);
  if (!postmaster) throw new Error(`no postmaster.pid in ${dataDir}/pg: the embedded server is not running`);
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${postmaster.port}/samverkan`;
}

/** A live (not zombie) process named postgres with this pid. */
export function isPostgresRunning(pid: number): boolean {
  try {
    const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return comm === 'postgres' && !stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

export async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Appends `count` events of type Tested to one stream, as the service would: one es_append call. */
export async function appendEvents(
  url: string,
  tenant: string,
  stream: string,
  count: number,
): Promise<void> {
  await query(
    url,
    `SELECT es_append($1, $2, 'test', 'any', NULL, NULL,
       ARRAY(SELECT gen_random_uuid() FROM generate_series(1, $3::int)),
       array_fill('Tested'::text, ARRAY[$3::int]), array_fill(1, ARRAY[$3::int]),
       array_fill('{}'::jsonb, ARRAY[$3::int]), array_fill('{}'::jsonb, ARRAY[$3::int]))`,
    [tenant, stream, count],
  );
}

export interface ActivityRow {
  tenant_id: string;
  stream_id: string;
  event_count: number;
  first_event_at: string;
  last_event_at: string;
  last_event_type: string;
}

/** rm_stream_activity, ordered, timestamps as text so rows compare exactly. */
export function streamActivity(url: string): Promise<ActivityRow[]> {
  return query<ActivityRow>(
    url,
    `SELECT tenant_id, stream_id, event_count::int AS event_count, first_event_at::text AS first_event_at,
       last_event_at::text AS last_event_at, last_event_type
     FROM rm_stream_activity ORDER BY tenant_id, stream_id`,
  );
}

/**
 * For afterEach, after the service processes are gone: stops an embedded PostgreSQL a failed test
 * left running (its node process killed), then removes the folders.
 */
export async function cleanUpDataDirs(): Promise<void> {
  for (const dir of dataDirs.splice(0)) {
    const postmaster = postmasterOf(dir);
    if (postmaster && isPostgresRunning(postmaster.pid)) {
      await stopPostgres(postmaster.pid);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A jest run killed outright (SIGKILL, a closed terminal) runs no afterEach: its services and
 * their PostgreSQL may still be running. Folders whose test process is gone are ours to clear:
 * stop the service that owned the server (its pid in pg-owner.pid), then the server, then remove.
 */
export async function sweepKilledRuns(): Promise<void> {
  for (const name of readdirSync(tmpRoot, { withFileTypes: true })) {
    const testPid = Number(/^service-(\d+)-/.exec(name.name)?.[1]);
    if (!name.isDirectory() || !testPid || isAlive(testPid)) continue;
    const dir = join(tmpRoot, name.name);
    const owner = ownerOf(dir);
    if (owner && isOurService(owner)) process.kill(owner, 'SIGKILL');
    const postmaster = postmasterOf(dir);
    if (postmaster && isPostgresRunning(postmaster.pid)) await stopPostgres(postmaster.pid);
    rmSync(dir, { recursive: true, force: true });
  }
}

function ownerOf(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(join(dataDir, 'pg-owner.pid'), 'utf8').trim()) || undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A node process running one of the service's entry points from this checkout. */
function isOurService(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(join(repoRoot, 'dist', 'apps'));
  } catch {
    return false;
  }
}

async function stopPostgres(pid: number): Promise<void> {
  for (const [signal, waitMs] of [
    ['SIGINT', 15_000], // fast shutdown
    ['SIGQUIT', 5_000], // immediate shutdown
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + waitMs;
    while (isPostgresRunning(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (!isPostgresRunning(pid)) return;
  }
}
