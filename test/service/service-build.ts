import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * The service tests run the built artifact (tsx cannot run Nest: esbuild drops decorator
 * metadata). buildService() compiles with `tsc -p tsconfig.build.json` only when a source is newer
 * than the last build these tests made, holding a lock so parallel jest workers build once and
 * never spawn from a half-written dist/.
 */

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const tmpRoot = join(repoRoot, '.tmp');

const STAMP = join(tmpRoot, 'service-tests-build.stamp');
const LOCK = join(tmpRoot, 'service-tests-build.lock');
const SOURCES = ['apps', 'libs', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];
const OUTPUTS = [
  'dist/apps/api/src/main.js',
  'dist/apps/worker/src/main.js',
  'dist/apps/worker/src/rebuild.js',
  'dist/apps/worker/src/verify-documents.js',
  'dist/apps/worker/src/dead-letters.js',
  'dist/apps/worker/src/backup.js',
  'dist/apps/worker/src/restore.js',
  'dist/apps/demo/src/main.js',
];

export async function buildService(): Promise<void> {
  mkdirSync(tmpRoot, { recursive: true });
  await withLock(async () => {
    const built = mtimeOf(STAMP);
    const complete = OUTPUTS.every((output) => existsSync(join(repoRoot, output)));
    if (complete && built !== undefined && built >= newestSourceMtime()) return;
    const started = new Date(); // a source edited during the build makes the next check rebuild
    rmSync(STAMP, { force: true });
    try {
      await promisify(execFile)(
        process.execPath,
        [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
        { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 },
      );
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`npm run build failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
    }
    writeFileSync(STAMP, `${process.pid}\n`);
    utimesSync(STAMP, started, started);
  });
}

function newestSourceMtime(): number {
  let newest = 0;
  const visit = (path: string) => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return;
    if (info.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else newest = Math.max(newest, info.mtimeMs);
  };
  for (const source of SOURCES) visit(join(repoRoot, source));
  return newest;
}

function mtimeOf(path: string): number | undefined {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs;
}

async function withLock(work: () => Promise<void>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(LOCK, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = lockHolder();
    if (holder > 0 && !isAlive(holder))
      rmSync(LOCK, { force: true }); // left by a killed run
    else if (Date.now() > deadline) throw new Error(`${LOCK} held by process ${holder} for too long`);
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    await work();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

/** 0 when the lock was released meanwhile or its holder has not written its pid yet. */
function lockHolder(): number {
  try {
    return Number(readFileSync(LOCK, 'utf8').trim()) || 0;
  } catch {
    return 0;
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
