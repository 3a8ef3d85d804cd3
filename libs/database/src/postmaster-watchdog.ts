import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive } from './process-liveness.js';

/** What /health says about the embedded server this process runs. */
export interface EmbeddedServerHealth {
  status: 'up' | 'down';
  pid: number;
  /** How often the watchdog has started it again since this process started it (or adopted it). */
  restarts: number;
  lastRestartAt: string | null;
}

export interface WatchdogOptions {
  pid: number;
  /** Starts the server again (same data directory and port) and returns the new postmaster's pid. */
  restart: () => Promise<number>;
  log: { log(message: string): void; warn(message: string): void };
  pollMs?: number;
}

export interface PostmasterWatchdog {
  health(): EmbeddedServerHealth;
  /** Stops watching, after a restart under way has finished; returns the pid to stop. */
  stop(): Promise<number>;
}

const MIN_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;

/**
 * Watches the embedded postmaster while the service runs and starts it again when it dies (a
 * crash, the OOM killer, kill -9), so the service heals instead of answering 503 until someone
 * restarts it. The server is detached and may be adopted (not our child), so its pid is polled
 * rather than its exit awaited. A failed restart (the dead server's backends still hold its shared
 * memory for a moment) is tried again with backoff. Never during the drain: stop() ends the watch
 * before the server is stopped on purpose.
 */
export function watchPostmaster(options: WatchdogOptions): PostmasterWatchdog {
  const { restart, log, pollMs = 1_000 } = options;
  const state: EmbeddedServerHealth = { status: 'up', pid: options.pid, restarts: 0, lastRestartAt: null };
  const abort = new AbortController();
  // unref'd: the watch alone never keeps the process alive.
  const wait = (ms: number) => sleep(ms, undefined, { ref: false, signal: abort.signal });

  const restartUntilUp = async () => {
    state.status = 'down';
    log.warn(`The embedded PostgreSQL (pid ${state.pid}) is gone; starting it again`);
    for (
      let backoff = MIN_BACKOFF_MS;
      !abort.signal.aborted;
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS)
    ) {
      try {
        state.pid = await restart();
        state.status = 'up';
        state.restarts += 1;
        state.lastRestartAt = new Date().toISOString();
        log.log(`Restarted the embedded PostgreSQL (pid ${state.pid}, restart ${state.restarts})`);
        return;
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        log.warn(`Could not start the embedded PostgreSQL again (${reason}); next try in ${backoff} ms`);
        await wait(backoff);
      }
    }
  };

  const watching = (async () => {
    try {
      for (;;) {
        await wait(pollMs);
        if (!isProcessAlive(state.pid)) await restartUntilUp();
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error; // only the abort ends the watch
    }
  })();

  return {
    health: () => ({ ...state }),
    stop: async () => {
      abort.abort();
      await watching;
      return state.pid;
    },
  };
}

let current: PostmasterWatchdog | undefined;

/**
 * The embedded server this process owns, for /health. Kept here rather than passed through every
 * module: a process owns at most one, and it outlives the Nest app (it is stopped after it).
 */
export function embeddedServerHealth(): EmbeddedServerHealth | undefined {
  return current?.health();
}

export function setCurrentWatchdog(watchdog: PostmasterWatchdog): void {
  current = watchdog;
}

/** Only if it is still the current one (tests run several servers in one process). */
export function clearCurrentWatchdog(watchdog: PostmasterWatchdog): void {
  if (current === watchdog) current = undefined;
}
