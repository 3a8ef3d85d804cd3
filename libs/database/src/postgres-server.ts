import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import pg from 'pg';
import { type ClusterFiles, lastLogLines, openServerLog } from './cluster-files.js';
import type { OsUser } from './postgres-os-user.js';
import type { PostgresBinaries } from './postgres-binaries.js';

const run = promisify(execFile);

/** The superuser initdb creates; the service connects as it (the server is ours alone). */
export const SUPERUSER = 'postgres';

export function postgresUrl(password: string, port: number, database: string): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** Creates the cluster. TCP needs the password; local (socket) trust is moot: sockets are off. */
export async function initCluster(
  binaries: PostgresBinaries,
  files: ClusterFiles,
  user: OsUser | undefined,
): Promise<void> {
  const args = [
    `--pgdata=${files.clusterDir}`,
    `--username=${SUPERUSER}`,
    '--encoding=UTF8',
    '--locale=C',
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    `--pwfile=${files.passwordFile}`,
  ];
  try {
    await run(binaries.initdb, args, { ...asUser(user), cwd: files.clusterDir });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`initdb failed for ${files.clusterDir}:\n${(stderr || stdout || String(error)).trim()}`, {
      cause: error,
    });
  }
}

/**
 * Starts the postmaster in its own process group (detached), so Ctrl-C in a terminal reaches
 * only the service, which drains and stops postgres last. Output goes to a file, not a pipe:
 * a pipe closed by a dying parent would kill postgres on its next log line (SIGPIPE/EPIPE).
 */
export async function spawnPostmaster(
  binaries: PostgresBinaries,
  files: ClusterFiles,
  port: number,
  user: OsUser | undefined,
): Promise<ChildProcess> {
  const log = await openServerLog(files);
  try {
    const args = ['-D', files.clusterDir, '-p', String(port)];
    args.push('-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=');
    const child = spawn(binaries.postgres, args, {
      ...asUser(user),
      cwd: files.clusterDir,
      detached: true,
      stdio: ['ignore', log.fd, log.fd],
    });
    child.unref(); // the service may exit without waiting for it; the next start adopts it
    return child;
  } finally {
    await log.close(); // the child has its own copy of the descriptor
  }
}

function asUser(user: OsUser | undefined): { uid?: number; gid?: number } {
  return user ? { uid: user.uid, gid: user.gid } : {};
}

export interface WaitOptions {
  isRunning: () => boolean;
  timeoutMs?: number;
  pollMs?: number;
}

/** Polls with a real client until the server accepts a query, the process dies, or time runs out. */
export async function waitUntilAccepting(
  url: string,
  files: ClusterFiles,
  options: WaitOptions,
): Promise<void> {
  const { isRunning, timeoutMs = 30_000, pollMs = 50 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const failure = await tryQuery(url);
    if (!failure) return;
    if (['28P01', '28000'].includes((failure as { code?: string }).code ?? '')) {
      throw new Error(
        `PostgreSQL in ${files.clusterDir} rejected the password in ${files.passwordFile} (${failure.message})`,
      );
    }
    if (!isRunning()) {
      throw new Error(
        `PostgreSQL exited before accepting connections. Last lines of ${files.logFile}:\n` +
          (await lastLogLines(files)),
      );
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `PostgreSQL did not accept connections within ${timeoutMs / 1000} s (last error: ${failure.message}). ` +
          `Last lines of ${files.logFile}:\n${await lastLogLines(files)}`,
      );
    }
    await sleep(pollMs);
  }
}

async function tryQuery(url: string): Promise<Error | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => {}); // a server shutting down mid-probe must not crash us
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error as Error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates the app database when missing; idempotent, so a start that died half-way heals. */
export async function ensureDatabase(maintenanceUrl: string, database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount) return false;
    await client.query(`create database ${pg.escapeIdentifier(database)}`);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '42P04') return false; // created concurrently
    throw error;
  } finally {
    await client.end();
  }
}
