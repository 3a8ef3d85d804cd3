import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildService, repoRoot } from './service-build.js';
import { cleanUpDataDirs, sweepKilledRuns } from './service-data.js';

/** The service's built entry points, as `npm start`, `npm run start:worker` and `npm run rebuild` run them. */
const ENTRY = {
  api: 'dist/apps/api/src/main.js',
  worker: 'dist/apps/worker/src/main.js',
  rebuild: 'dist/apps/worker/src/rebuild.js',
  'verify-documents': 'dist/apps/worker/src/verify-documents.js',
  'dead-letters': 'dist/apps/worker/src/dead-letters.js',
  backup: 'dist/apps/worker/src/backup.js',
  restore: 'dist/apps/worker/src/restore.js',
  demo: 'dist/apps/demo/src/main.js',
} as const;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One JSON log line of the service (JsonLogger: time, level, context, msg, ...). */
export interface LogLine {
  level: string;
  context?: string;
  msg: string;
  [field: string]: unknown;
}

export interface ServiceProcess {
  pid: number;
  child: ChildProcess;
  /** Leader of its own process group. */
  detached: boolean;
  stdout(): string;
  stderr(): string;
  /** stdout's JSON lines, parsed; other lines (a command's plain output) are skipped. */
  logs(): LogLine[];
  exited: Promise<Exit>;
  hasExited(): boolean;
}

const started: ServiceProcess[] = [];

/** The settings the service reads; the child gets only the ones a test sets, not the runner's. */
const SETTINGS = [
  'DATABASE_URL',
  'DATA_DIR',
  'EMBEDDED_PG_PORT',
  'PORT',
  'HOST',
  'WORKER_IN_PROCESS',
  'LOG_LEVEL',
  'DB_POOL_SIZE',
  'PROJECTION_BATCH_SIZE',
  'PROJECTION_POLL_MS',
];

/**
 * Runs `node <entry> ...args` from the repository root with captured output. `detached` makes it
 * the leader of a process group of its own, as a shell's foreground job is (for Ctrl-C tests).
 * `throughNpm` runs it as `npm start` does, `exec node …` in npm's shell (npm's signal forwarding
 * included, without the build step); `pid` is then npm's.
 */
export function startService(
  entry: keyof typeof ENTRY,
  settings: Record<string, string>,
  options: { args?: string[]; detached?: boolean; nodeArgs?: string[]; throughNpm?: boolean } = {},
): ServiceProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' };
  for (const name of SETTINGS) delete env[name];
  const argv = [...(options.nodeArgs ?? []), join(repoRoot, ENTRY[entry]), ...(options.args ?? [])];
  const [command, args] = options.throughNpm
    ? [
        'npm',
        ['exec', '--offline', '--call', `exec ${[process.execPath, ...argv].map(shellQuoted).join(' ')}`],
      ]
    : [process.execPath, argv];
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...env, ...settings },
    detached: options.detached === true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let done = false;
  // 'close', not 'exit': by then both pipes are drained, so the last log lines are in.
  const exited = new Promise<Exit>((resolve) =>
    child.once('close', (code, signal) => {
      done = true;
      resolve({ code, signal });
    }),
  );
  child.once('error', () => undefined); // a spawn failure also ends in 'close'
  const service: ServiceProcess = {
    pid: child.pid!,
    child,
    detached: options.detached === true,
    stdout: () => stdout,
    stderr: () => stderr,
    logs: () => parseLogLines(stdout),
    exited,
    hasExited: () => done,
  };
  started.push(service);
  return service;
}

const shellQuoted = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

function parseLogLines(text: string): LogLine[] {
  const lines: LogLine[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      lines.push(JSON.parse(line) as LogLine);
    } catch {
      // a partial last line; the next read has it whole
    }
  }
  return lines;
}

/** What a failing assertion should show: the process's own account. */
function describeProcess(service: ServiceProcess): string {
  const tail = (text: string) => text.trimEnd().split('\n').slice(-30).join('\n');
  return `process ${service.pid}\n--- stdout ---\n${tail(service.stdout())}\n--- stderr ---\n${tail(service.stderr())}`;
}

/** Waits for the process to end, failing (with its output) if it has not within timeoutMs. */
export async function waitForExit(service: ServiceProcess, timeoutMs = 30_000): Promise<Exit> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`still running after ${timeoutMs} ms: ${describeProcess(service)}`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([service.exited, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls until probe() returns something other than undefined; fails with the process's output at the deadline. */
export async function pollUntil<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  options: { service?: ServiceProcess; timeoutMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    const context = options.service ? `\n${describeProcess(options.service)}` : '';
    if (options.service?.hasExited()) throw new Error(`process exited while waiting for ${what}${context}`);
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what} (last: ${String(last)})${context}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface Health {
  status: string;
  database: string;
  projections: {
    projection: string;
    lagEvents: number;
    position: number;
    deadLetters: number;
    halted: { position: number; eventType: string; error: string } | null;
  }[];
}

/** GET /health until it is 200 and `until` holds. */
export function waitForHealth(
  service: ServiceProcess,
  port: number,
  until: (health: Health) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<Health> {
  return pollUntil(
    `/health on port ${port}`,
    async () => {
      const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      const health = (await response.json()) as Health;
      if (!until(health)) throw new Error(`not yet: ${JSON.stringify(health)}`);
      return health;
    },
    { service, timeoutMs },
  );
}

/** stream-activity's entry on /health (other read models may be listed too). */
export function streamActivityOf(health: Health): Health['projections'][number] | undefined {
  return health.projections.find((p) => p.projection === 'stream-activity');
}

/** For waitForHealth: stream-activity has applied everything, up to at least `position`. */
export const caughtUp =
  (position = 0) =>
  (health: Health): boolean => {
    const status = streamActivityOf(health);
    return status !== undefined && status.lagEvents === 0 && status.position >= position;
  };

/** Waits for a log line whose msg matches. */
export function waitForLog(service: ServiceProcess, pattern: RegExp, timeoutMs = 30_000): Promise<LogLine> {
  return pollUntil(
    `a log line matching ${pattern}`,
    async () => service.logs().find((line) => pattern.test(line.msg)),
    { service, timeoutMs },
  );
}

/** SIGKILLs every process this file started that is still running (its group, if detached). */
async function killLeftoverProcesses(): Promise<void> {
  for (const service of started.splice(0)) {
    if (service.hasExited()) continue;
    try {
      process.kill(service.detached ? -service.pid : service.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
    await service.exited;
  }
}

/**
 * The hooks every service test file uses: build once (if stale) and clear what a killed run left,
 * then after each test kill whatever it left running, stop any PostgreSQL left behind, remove its folders.
 */
export function serviceTestHooks(): void {
  beforeAll(async () => {
    await buildService();
    await sweepKilledRuns();
  }, 120_000);
  afterEach(async () => {
    await killLeftoverProcesses();
    await cleanUpDataDirs();
  });
}
