export interface RetryBackoff {
  /** The first wait after a transient failure. */
  minMs: number;
  /** The longest wait; the runner keeps trying at this pace while the process runs. */
  maxMs: number;
}

export const DEFAULT_RETRY_BACKOFF: RetryBackoff = { minMs: 100, maxMs: 30_000 };

/**
 * The wait before retry number `attempt` (1 for the first): doubling from `minMs` up to `maxMs`,
 * each drawn from its upper half, so several runners that failed together do not retry together.
 */
export function retryDelayMs(
  attempt: number,
  backoff: RetryBackoff,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(backoff.maxMs, backoff.minMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
