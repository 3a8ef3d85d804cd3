import { DomainError } from '#libs/ddd';
import { assertMayReadMetrics } from './metrics-access.js';

const TOKEN = 'prometheus-token-0123456789';

const codeOf = (run: () => void): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? `${error.kind} ${error.code}` : String(error);
  }
};

describe('who may read /metrics', () => {
  it('nobody while METRICS_TOKEN is unset: 404, as if there were no such route', () => {
    expect(codeOf(() => assertMayReadMetrics(undefined, `Bearer ${TOKEN}`))).toBe(
      'not_found ROUTE.NOT_FOUND',
    );
  });

  it('whoever sends the token as Bearer; a missing, wrong or differently long one is 401', () => {
    expect(codeOf(() => assertMayReadMetrics(TOKEN, `Bearer ${TOKEN}`))).toBeUndefined();
    expect(codeOf(() => assertMayReadMetrics(TOKEN, `bearer ${TOKEN}`))).toBeUndefined();
    for (const authorization of [undefined, '', TOKEN, `Bearer ${TOKEN}x`, 'Bearer kort', `Basic ${TOKEN}`]) {
      expect(codeOf(() => assertMayReadMetrics(TOKEN, authorization))).toBe(
        'unauthenticated AUTH.UNAUTHENTICATED',
      );
    }
  });
});
