import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Whether a process exists. EPERM means it exists but belongs to another user (a postgres
 * started as another OS user); a zombie (exited, not yet reaped, e.g. under a container init
 * that does not reap) counts as gone.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) S ...": the state follows the last ')' because comm may contain spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false; // no /proc (macOS): kill(pid, 0) has to do
  }
}

/**
 * Whether a live pid is plausibly a postmaster. A crashed server's postmaster.pid can name a
 * pid the OS has since given to an unrelated program; on Linux /proc tells them apart.
 */
export function looksLikePostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return true; // cannot tell without /proc: trust the pid
  }
}

/** Polls until the process is gone; false if it is still there after timeoutMs. */
export async function waitForExit(pid: number, timeoutMs: number, pollMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(pollMs);
  }
  return true;
}
