import { retryDelayMs } from './retry-backoff.js';

const backoff = { minMs: 100, maxMs: 30_000 };

describe('retryDelayMs', () => {
  it('doubles from the minimum, each wait drawn from the upper half of its step', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, backoff, () => 1))).toEqual([100, 200, 400, 800]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, backoff, () => 0))).toEqual([50, 100, 200, 400]);
  });

  it('never waits longer than the maximum, however many attempts failed', () => {
    expect(retryDelayMs(12, backoff, () => 1)).toBe(30_000);
    expect(retryDelayMs(10_000, backoff, () => 1)).toBe(30_000);
    expect(retryDelayMs(10_000, backoff, () => 0)).toBe(15_000);
  });
});
