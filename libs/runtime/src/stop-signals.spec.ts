import { ECHO_WINDOW_MS, meaningOf } from './stop-signals.js';

describe('what a stop signal means', () => {
  const at = 10_000;

  it('drains on the first SIGINT or SIGTERM', () => {
    expect(meaningOf('SIGTERM', undefined, at)).toBe('stop');
    expect(meaningOf('SIGINT', undefined, at)).toBe('stop');
  });

  it('ignores a second SIGTERM however late: the process group’s copy, or a supervisor repeating itself', () => {
    expect(meaningOf('SIGTERM', { signal: 'SIGTERM', at }, at + 5)).toBe('ignore');
    expect(meaningOf('SIGTERM', { signal: 'SIGINT', at }, at + 60_000)).toBe('ignore');
  });

  it('ignores npm’s echo of a Ctrl-C, but a Ctrl-C pressed again later exits now', () => {
    expect(meaningOf('SIGINT', { signal: 'SIGINT', at }, at + 3)).toBe('ignore');
    expect(meaningOf('SIGINT', { signal: 'SIGINT', at }, at + ECHO_WINDOW_MS)).toBe('force');
    expect(meaningOf('SIGINT', { signal: 'SIGTERM', at }, at + 2 * ECHO_WINDOW_MS)).toBe('force');
  });

  it('exits now on SIGQUIT, first or not', () => {
    expect(meaningOf('SIGQUIT', undefined, at)).toBe('force');
    expect(meaningOf('SIGQUIT', { signal: 'SIGTERM', at }, at + 1)).toBe('force');
  });
});
