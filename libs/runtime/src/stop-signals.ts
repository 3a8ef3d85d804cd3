/** The signals that stop a process: SIGINT (Ctrl-C), SIGTERM (supervisors), SIGQUIT (now, please). */
export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGQUIT';

export interface FirstStop {
  signal: StopSignal;
  at: number;
}

/**
 * npm passes on the SIGINT or SIGTERM it receives itself, so a signal sent to `npm start`'s whole
 * process group (Ctrl-C in a terminal, systemd's default KillMode) arrives twice, milliseconds
 * apart. A copy within this long of the first stop is that echo, not a person insisting.
 */
export const ECHO_WINDOW_MS = 1_000;

/**
 * What a signal means, given the stop already under way (if any):
 * - 'stop': the first one, drain;
 * - 'ignore': a SIGTERM while stopping (a supervisor that wants it faster sends SIGKILL after its
 *   timeout, which is what the drain is bounded by), or npm's echo of the first SIGINT;
 * - 'force': SIGQUIT at any time, or SIGINT pressed again after the echo window: stop the database
 *   and exit at once.
 */
export function meaningOf(
  signal: StopSignal,
  first: FirstStop | undefined,
  now: number,
): 'stop' | 'ignore' | 'force' {
  if (signal === 'SIGQUIT') return 'force';
  if (!first) return 'stop';
  if (signal === 'SIGTERM') return 'ignore';
  return now - first.at < ECHO_WINDOW_MS ? 'ignore' : 'force';
}
