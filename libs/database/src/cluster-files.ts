import { randomBytes } from 'node:crypto';
import { type FileHandle, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';

/** Where the embedded server keeps its things under DATA_DIR. */
export interface ClusterFiles {
  dataDir: string;
  /** The PostgreSQL data directory (initdb's -D). */
  clusterDir: string;
  passwordFile: string;
  logFile: string;
  /** pid of the service process that owns (and will stop) the server. */
  ownerPidFile: string;
  /** Written by postgres itself: pid on line 1, port on line 4. */
  postmasterPidFile: string;
  /** Held (pid inside) while a process starts or attaches to the server. */
  startLockFile: string;
}

export function clusterFiles(dataDir: string): ClusterFiles {
  if (!isAbsolute(dataDir)) throw new Error(`The data folder must be an absolute path (got "${dataDir}")`);
  const clusterDir = join(dataDir, 'pg');
  return {
    dataDir,
    clusterDir,
    passwordFile: join(dataDir, 'pg-password'),
    logFile: join(dataDir, 'postgres.log'),
    ownerPidFile: join(dataDir, 'pg-owner.pid'),
    postmasterPidFile: join(clusterDir, 'postmaster.pid'),
    startLockFile: join(dataDir, 'pg-start.lock'),
  };
}

export async function isInitialized(files: ClusterFiles): Promise<boolean> {
  return exists(join(files.clusterDir, 'PG_VERSION'));
}

/** The superuser password: generated once, then read back on every start. */
export async function readOrCreatePassword(files: ClusterFiles, clusterExists: boolean): Promise<string> {
  if (await exists(files.passwordFile)) return (await readFile(files.passwordFile, 'utf8')).trim();
  if (clusterExists) {
    throw new Error(
      `${files.passwordFile} is missing, but the cluster in ${files.clusterDir} exists: its superuser ` +
        `password cannot be recovered. Restore the file, or move the data folder away to start afresh.`,
    );
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(files.passwordFile, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}

export interface PostmasterPid {
  pid: number;
  port: number;
}

export async function readPostmasterPid(files: ClusterFiles): Promise<PostmasterPid | undefined> {
  const lines = (await readOrUndefined(files.postmasterPidFile))?.split('\n');
  const pid = Number(lines?.[0]);
  const port = Number(lines?.[3]);
  return Number.isInteger(pid) && pid > 0 && Number.isInteger(port) ? { pid, port } : undefined;
}

export async function readOwnerPid(files: ClusterFiles): Promise<number | undefined> {
  const pid = Number((await readOrUndefined(files.ownerPidFile))?.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export async function writeOwnerPid(files: ClusterFiles): Promise<void> {
  await writeFile(files.ownerPidFile, `${process.pid}\n`);
}

/** Removes pg-owner.pid only if it still names us: another instance may have taken over. */
export async function releaseOwnerPid(files: ClusterFiles): Promise<void> {
  if ((await readOwnerPid(files)) === process.pid) await rm(files.ownerPidFile, { force: true });
}

const LOG_ROTATE_BYTES = 10 * 1024 * 1024;

/** Opens postgres.log for appending, keeping one previous file once it passes 10 MB. */
export async function openServerLog(files: ClusterFiles): Promise<FileHandle> {
  const size = (await stat(files.logFile).catch(() => undefined))?.size ?? 0;
  if (size > LOG_ROTATE_BYTES) await rename(files.logFile, `${files.logFile}.1`);
  return open(files.logFile, 'a');
}

export async function lastLogLines(files: ClusterFiles, count = 20): Promise<string> {
  const text = (await readOrUndefined(files.logFile)) ?? '';
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

async function readOrUndefined(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}
