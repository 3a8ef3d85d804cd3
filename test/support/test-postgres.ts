import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '#libs/database';
import { dropLeftoverTestRoles, freePort } from '#libs/testing';

/** What the global setup hands to the global teardown. */
export interface TestPostgres {
  stop(): Promise<void>;
}

const FOLDER_PREFIX = 'jest-pg-';

/**
 * The server the tests use, by the service's own switch: DATABASE_URL when set, else an
 * embedded PostgreSQL in <repo>/.tmp/jest-pg-<pid> on a free port, whose URL the test workers
 * inherit through process.env. Each test file then makes its own database on it.
 */
export async function startTestPostgres(rootDir: string): Promise<TestPostgres> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    console.log(`\nTests use the PostgreSQL server in DATABASE_URL (${withoutPassword(configured)})`);
    // The server stays; the roles of test databases an interrupted run left behind need not.
    await dropLeftoverTestRoles(configured);
    return { stop: async () => {} };
  }
  const tmp = join(rootDir, '.tmp');
  await stopLeftovers(tmp);
  const dataDir = join(tmp, `${FOLDER_PREFIX}${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: () => undefined });
  process.env.DATABASE_URL = server.url;
  console.log(`\nTests use an embedded PostgreSQL (${withoutPassword(server.url)}, data in ${dataDir})`);
  return {
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A run killed with Ctrl-C never reaches the teardown, and its detached server keeps running.
 * The next run adopts and stops those whose jest process is gone, and removes their folders.
 */
async function stopLeftovers(tmp: string): Promise<void> {
  const names = await readdir(tmp).catch(() => [] as string[]);
  for (const name of names.filter((entry) => entry.startsWith(FOLDER_PREFIX))) {
    const jestPid = Number(name.slice(FOLDER_PREFIX.length));
    if (jestPid === process.pid || isAlive(jestPid)) continue;
    const dataDir = join(tmp, name);
    const postmaster = Number(
      (await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0],
    );
    if (postmaster > 0 && isAlive(postmaster)) {
      // Adopts it (its owner is gone), so stop() may stop it. Best effort: a leftover must not fail the run.
      await startEmbeddedPostgres({ dataDir, port: await freePort(), log: () => undefined })
        .then((orphan) => orphan.stop())
        .catch((error: Error) =>
          console.warn(`Could not stop the leftover server in ${dataDir}: ${error.message}`),
        );
    }
    await rm(dataDir, { recursive: true, force: true });
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

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
