import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ClusterFiles } from './cluster-files.js';
import { isProcessAlive } from './process-liveness.js';

/** A lock file whose holder wrote nothing yet is given this long before it counts as abandoned. */
const UNWRITTEN_GRACE_MS = 5_000;

/**
 * Runs `work` holding <dataDir>/pg-start.lock (created exclusively, our pid inside). A lock left
 * by a dead process is broken; one held by a live process is waited for, up to timeoutMs.
 */
export async function withStartLock<T>(
  files: ClusterFiles,
  work: () => Promise<T>,
  timeoutMs = 60_000,
): Promise<T> {
  await acquire(files.startLockFile, timeoutMs);
  try {
    return await work();
  } finally {
    await rm(files.startLockFile, { force: true });
  }
}

async function acquire(path: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await writeFile(path, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await lockHolder(path);
    if (holder === 'abandoned') {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `Process ${holder} has been starting the embedded PostgreSQL for over ${timeoutMs / 1000} s ` +
          `(${path}). Remove that file if no such start is under way.`,
      );
    }
    await sleep(100);
  }
}

async function lockHolder(path: string): Promise<number | 'unknown' | 'abandoned'> {
  const [text, info] = await Promise.all([
    readFile(path, 'utf8').catch(() => ''),
    stat(path).catch(() => undefined),
  ]);
  if (!info) return 'unknown'; // released meanwhile: just retry
  const pid = Number(text.trim());
  if (Number.isInteger(pid) && pid > 0) return isProcessAlive(pid) ? pid : 'abandoned';
  // Created but not yet written by its holder, unless it has stayed empty for long.
  return Date.now() - info.mtimeMs > UNWRITTEN_GRACE_MS ? 'abandoned' : 'unknown';
}
