import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type RunningPostgres, startEmbeddedPostgres } from '#libs/database';
import { freePort } from '#libs/testing';

/** Helpers for the embedded-server tests: temp folders, servers, and a look at files and /proc. */

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const quiet = () => undefined;

/** Temp folders and servers made by a test file; call cleanUp() in afterAll. */
export function embeddedServers() {
  const folders: string[] = [];
  const servers: RunningPostgres[] = [];
  return {
    tempDataDir(): string {
      mkdirSync(join(repoRoot, '.tmp'), { recursive: true });
      const dir = mkdtempSync(join(repoRoot, '.tmp', 'embedded-pg-'));
      folders.push(dir);
      return dir;
    },
    async start(dataDir: string, port?: number): Promise<RunningPostgres> {
      const server = await startEmbeddedPostgres({ dataDir, port: port ?? (await freePort()), log: quiet });
      servers.push(server);
      return server;
    },
    async cleanUp(): Promise<void> {
      for (const server of servers) await server.stop().catch(() => {});
      for (const dir of folders) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Another "instance of the service" owning a server: see fixtures/own-embedded-postgres.ts. */
export function spawnInstance(dataDir: string, port: number): ChildProcess {
  const script = join(repoRoot, 'test', 'database', 'fixtures', 'own-embedded-postgres.ts');
  return spawn(process.execPath, ['--import', 'tsx', script, dataDir, String(port)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** What the instance printed once its server was up. */
export async function announced(child: ChildProcess): Promise<{ url: string; owned: boolean }> {
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => Promise.reject(new Error(`instance exited early (${code})`))),
  ])) as [string];
  return JSON.parse(line);
}

export async function stopInstance(child: ChildProcess): Promise<number | null> {
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = await exited;
  return code as number | null;
}

/** A pid that surely belongs to no process: one that just exited. */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid!;
}

export function postmasterPidOf(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

export function ownerPidOf(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(join(dataDir, 'pg-owner.pid'), 'utf8').trim());
  } catch {
    return undefined;
  }
}

/** The postmaster and its children (checkpointer, walwriter, backends ...) still running. */
export function liveServerProcesses(postmasterPid: number): number[] {
  const live: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = readStat(pid);
    if (!stat || stat.state === 'Z') continue;
    if (pid === postmasterPid || stat.ppid === postmasterPid) live.push(pid);
  }
  return live;
}

function readStat(pid: number): { state: string; ppid: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, ppid: Number(ppid) };
  } catch {
    return undefined; // exited while we looked
  }
}

export async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
