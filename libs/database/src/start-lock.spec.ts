import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterFiles } from './cluster-files.js';
import { withStartLock } from './start-lock.js';

const tmpRoot = fileURLToPath(new URL('../../../.tmp', import.meta.url));
let dataDir: string;
beforeEach(() => {
  mkdirSync(tmpRoot, { recursive: true });
  dataDir = mkdtempSync(join(tmpRoot, 'start-lock-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('withStartLock', () => {
  it('runs one start at a time', async () => {
    const files = clusterFiles(dataDir);
    const events: string[] = [];
    const work = (name: string) => async () => {
      events.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 150));
      events.push(`${name} out`);
    };

    await Promise.all([withStartLock(files, work('a')), withStartLock(files, work('b'))]);

    // Which of two simultaneous starts wins is not decided; that they never overlap is.
    const first = events[0].split(' ')[0];
    const second = first === 'a' ? 'b' : 'a';
    expect(events).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
  });

  it('releases the lock when the start fails', async () => {
    const files = clusterFiles(dataDir);

    await expect(withStartLock(files, () => Promise.reject(new Error('initdb failed')))).rejects.toThrow(
      'initdb failed',
    );

    await expect(withStartLock(files, async () => 'next')).resolves.toBe('next');
  });

  it('breaks a lock whose holder died, and an empty one left for long', async () => {
    const files = clusterFiles(dataDir);
    writeFileSync(files.startLockFile, `${deadPid()}\n`);
    await expect(withStartLock(files, async () => 'after dead holder')).resolves.toBe('after dead holder');

    writeFileSync(files.startLockFile, '');
    utimesSync(files.startLockFile, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    await expect(withStartLock(files, async () => 'after empty lock')).resolves.toBe('after empty lock');
  });

  it('gives up naming the live holder when it takes too long', async () => {
    const files = clusterFiles(dataDir);
    writeFileSync(files.startLockFile, `${process.ppid}\n`); // alive: the jest parent

    await expect(withStartLock(files, async () => 'never', 300)).rejects.toThrow(
      `Process ${process.ppid} has been starting the embedded PostgreSQL for over 0.3 s`,
    );
  });
});
