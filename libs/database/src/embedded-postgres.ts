import { mkdir, rm } from 'node:fs/promises';
import {
  type ClusterFiles,
  clusterFiles,
  isInitialized,
  type PostmasterPid,
  readOrCreatePassword,
  readOwnerPid,
  readPostmasterPid,
  releaseOwnerPid,
  writeOwnerPid,
} from './cluster-files.js';
import { loadPostgresBinaries, type PostgresBinaries } from './postgres-binaries.js';
import { assertUserCanReach, giveTo, type OsUser, postgresOsUser } from './postgres-os-user.js';
import { clearCurrentWatchdog, setCurrentWatchdog, watchPostmaster } from './postmaster-watchdog.js';
import {
  ensureDatabase,
  initCluster,
  postgresUrl,
  spawnPostmaster,
  waitUntilAccepting,
} from './postgres-server.js';
import { isProcessAlive, looksLikePostgres, waitForExit } from './process-liveness.js';
import { withStartLock } from './start-lock.js';

/** The database the service uses inside the embedded cluster. */
export const APP_DATABASE = 'samverkan';

export interface RunningPostgres {
  url: string;
  /** True when this process must stop the server on shutdown. */
  owned: boolean;
  /** Stops an owned server (and its watchdog) gently; does nothing for a borrowed one. Idempotent. */
  stop(): Promise<void>;
  /** From now on a dead server stays dead (the drain has begun); stop() still stops a live one. */
  stopWatchdog(): void;
}

/** Nest's Logger and JsonLogger both fit. */
export interface StartupLog {
  log(message: string): void;
  warn(message: string): void;
}

export interface EmbeddedPostgresOptions {
  /** Absolute; the cluster lives in <dataDir>/pg. */
  dataDir: string;
  port: number;
  /** A logger, or one function for every message (`() => undefined` silences it). */
  log: StartupLog | ((message: string) => void);
  /**
   * The PostgreSQL programs to run: the npm package's by default. Another installation's (the
   * system tests use Debian's, which has pg_basebackup) runs the same way: as the postgres OS user
   * when we are root, watched and restarted, stopped gently.
   */
  binaries?: PostgresBinaries;
}

/**
 * Starts (or finds) the service's own PostgreSQL under dataDir.
 * - a live server owned by another live instance of the service is reused, never stopped by us;
 * - a live server whose owner died (a crash, kill -9) is adopted: we own and stop it from now on;
 * - otherwise the cluster is created if needed and a new server started.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const files = clusterFiles(options.dataDir);
  const log = typeof options.log === 'function' ? { log: options.log, warn: options.log } : options.log;
  await mkdir(files.dataDir, { recursive: true });
  // One start at a time per data folder: two processes booting together (api and worker from a
  // Procfile) would otherwise both run initdb, or both spawn a postmaster and both claim it.
  return withStartLock(files, async () => {
    const running = await findRunningPostmaster(files, log);
    const binaries = () => (options.binaries ? Promise.resolve(options.binaries) : loadPostgresBinaries());
    return running ? attach(files, running, log, binaries) : launch(files, options.port, log, binaries);
  });
}

async function findRunningPostmaster(
  files: ClusterFiles,
  log: StartupLog,
): Promise<PostmasterPid | undefined> {
  const found = await readPostmasterPid(files);
  if (!found || !isProcessAlive(found.pid)) return undefined; // postgres clears a dead one itself
  if (looksLikePostgres(found.pid)) return found;
  // The pid was recycled for another program; postgres would refuse to start until the file goes.
  log.warn(`Ignoring ${files.postmasterPidFile}: pid ${found.pid} is now another program`);
  await rm(files.postmasterPidFile, { force: true });
  return undefined;
}

/** The programs a (re)start runs, loaded only when a server is started. */
type BinariesSource = () => Promise<PostgresBinaries>;

async function attach(
  files: ClusterFiles,
  running: PostmasterPid,
  log: StartupLog,
  binaries: BinariesSource,
): Promise<RunningPostgres> {
  const owner = await readOwnerPid(files);
  const ownedByAnother = owner !== undefined && owner !== process.pid && isProcessAlive(owner);
  if (!ownedByAnother) await writeOwnerPid(files);
  const password = await readOrCreatePassword(files, true);
  await waitUntilAccepting(postgresUrl(password, running.port, 'postgres'), files, {
    isRunning: () => isProcessAlive(running.pid),
  });
  await ensureDatabase(postgresUrl(password, running.port, 'postgres'), APP_DATABASE);
  log.log(
    ownedByAnother
      ? `Using the embedded PostgreSQL on 127.0.0.1:${running.port} run by process ${owner}`
      : `Adopted the embedded PostgreSQL on 127.0.0.1:${running.port} (pid ${running.pid}) left by a stopped process`,
  );
  const url = postgresUrl(password, running.port, APP_DATABASE);
  return ownedByAnother ? borrowed(url) : owned(url, files, running.pid, running.port, log, binaries);
}

async function launch(
  files: ClusterFiles,
  port: number,
  log: StartupLog,
  binariesSource: BinariesSource,
): Promise<RunningPostgres> {
  const binaries = await binariesSource();
  const user = await postgresOsUser();
  // Made by us, not initdb: as the postgres user it may not create folders in a root-owned dataDir.
  await mkdir(files.clusterDir, { recursive: true, mode: 0o700 });
  const initialized = await isInitialized(files);
  const password = await readOrCreatePassword(files, initialized);
  // As root, the data folder is the postgres user's: it must enter it (mkdtemp makes 0700
  // folders) and initdb --pwfile reads the password file as that user.
  // Only the top of dataDir: DATA_DIR=. must not hand the whole checkout over.
  await giveTo(user, files.dataDir);
  await giveTo(user, files.clusterDir, { recursive: true });
  await giveTo(user, files.passwordFile);
  await assertUserCanReach(user, binaries.postgres, files.clusterDir);
  if (!initialized) {
    await initCluster(binaries, files, user);
    log.log(`Created a PostgreSQL cluster in ${files.clusterDir}`);
  }

  // Claimed before the server exists, so an instance starting meanwhile reuses rather than adopts it.
  await writeOwnerPid(files);
  const adminUrl = postgresUrl(password, port, 'postgres');
  let pid: number;
  try {
    pid = await startPostmaster({ binaries, user, files, port, adminUrl }, log);
  } catch (error) {
    await releaseOwnerPid(files);
    throw error;
  }
  if (await ensureDatabase(adminUrl, APP_DATABASE)) log.log(`Created database ${APP_DATABASE}`);
  log.log(`Started the embedded PostgreSQL on 127.0.0.1:${port} (pid ${pid}, data in ${files.clusterDir})`);
  return owned(postgresUrl(password, port, APP_DATABASE), files, pid, port, log, binariesSource);
}

interface PostmasterStart {
  binaries: PostgresBinaries;
  user: OsUser | undefined;
  files: ClusterFiles;
  port: number;
  adminUrl: string;
}

/** Spawns the postmaster on an initialised cluster and waits until it accepts; stops it if it never does. */
async function startPostmaster(server: PostmasterStart, log: StartupLog): Promise<number> {
  const { binaries, user, files, port, adminUrl } = server;
  const child = await spawnPostmaster(binaries, files, port, user);
  let exited = false;
  child.once('exit', () => (exited = true));
  child.once('error', () => (exited = true)); // spawn failure; the log tail explains
  try {
    await waitUntilAccepting(adminUrl, files, { isRunning: () => !exited });
  } catch (error) {
    if (!exited && child.pid) await stopPostmaster(files, child.pid, log);
    throw error;
  }
  return child.pid!;
}

/**
 * The watchdog's restart: the same cluster and port, under the start lock (an instance starting
 * meanwhile must not launch a second server). If one is running by then, it is used as it is.
 */
function relaunch(
  files: ClusterFiles,
  port: number,
  log: StartupLog,
  binariesSource: BinariesSource,
): Promise<number> {
  return withStartLock(files, async () => {
    const running = await findRunningPostmaster(files, log);
    if (running) return running.pid;
    await writeOwnerPid(files); // still ours; says so again should another instance have claimed it
    const password = await readOrCreatePassword(files, true);
    const [binaries, user] = [await binariesSource(), await postgresOsUser()];
    return startPostmaster(
      { binaries, user, files, port, adminUrl: postgresUrl(password, port, 'postgres') },
      log,
    );
  });
}

function borrowed(url: string): RunningPostgres {
  return { url, owned: false, stop: async () => {}, stopWatchdog: () => {} };
}

/** A server we stop at the end, and start again should it die before then. */
function owned(
  url: string,
  files: ClusterFiles,
  pid: number,
  port: number,
  log: StartupLog,
  binaries: BinariesSource,
): RunningPostgres {
  const watchdog = watchPostmaster({ pid, restart: () => relaunch(files, port, log, binaries), log });
  setCurrentWatchdog(watchdog);
  let stopping: Promise<void> | undefined;
  const stop = async () => {
    const current = await watchdog.stop(); // first: the stop below must not look like a crash
    clearCurrentWatchdog(watchdog);
    await stopPostmaster(files, current, log);
  };
  return {
    url,
    owned: true,
    stop: () => (stopping ??= stop()),
    stopWatchdog: () => void watchdog.stop(),
  };
}

/**
 * PostgreSQL's shutdown modes, gentlest first. Smart (SIGTERM) admits no new sessions and waits for
 * open ones: our pools have just ended and their sockets close within milliseconds, so nothing is
 * cut off (going straight to fast made pg and TypeORM log "terminating connection due to
 * administrator command" on an orderly stop). Fast (SIGINT) aborts sessions still open, e.g.
 * another process's; immediate (SIGQUIT) is the last resort.
 */
const SHUTDOWN_STEPS: readonly { signal: NodeJS.Signals; mode: string; waitMs: number }[] = [
  { signal: 'SIGTERM', mode: 'smart', waitMs: 2_000 },
  { signal: 'SIGINT', mode: 'fast', waitMs: 15_000 },
  { signal: 'SIGQUIT', mode: 'immediate', waitMs: 5_000 },
];

async function stopPostmaster(files: ClusterFiles, pid: number, log: StartupLog): Promise<void> {
  let stopped = false;
  for (const [index, step] of SHUTDOWN_STEPS.entries()) {
    if (index > 0) log.warn(`PostgreSQL (pid ${pid}) still running; trying a ${step.mode} shutdown`);
    if (!signal(pid, step.signal) || (await waitForExit(pid, step.waitMs))) {
      stopped = true;
      break;
    }
  }
  if (!stopped) {
    log.warn(
      `PostgreSQL (pid ${pid}) is still running after an immediate shutdown; the next start will adopt it`,
    );
    return; // keep pg-owner.pid pointing at us: once we exit, the server counts as an orphan
  }
  await releaseOwnerPid(files);
  log.log(`Stopped the embedded PostgreSQL (pid ${pid})`);
}

/** False when the process was already gone. */
function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}
