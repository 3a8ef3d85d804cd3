import { readCommandHeaders } from './command-headers.js';

describe('the headers of a command request', () => {
  it('reads Idempotency-Key, If-Match and X-Correlation-Id', () => {
    expect(
      readCommandHeaders({ 'idempotency-key': 'k-1', 'if-match': '"7"', 'x-correlation-id': 'corr.1' }),
    ).toEqual({ idempotencyKey: 'k-1', expectedVersion: 7, correlationId: 'corr.1' });
  });

  it('makes a correlation id when none (or an unusable one) is sent, and treats If-Match * as none', () => {
    const headers = readCommandHeaders({ 'if-match': '*', 'x-correlation-id': 'två ord' });
    expect(headers.expectedVersion).toBeUndefined();
    expect(headers.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['if-match', '7'],
    ['if-match', 'W/"7"'],
    ['if-match', '"7", "8"'],
    ['idempotency-key', 'x'.repeat(201)],
  ])('refuses %s: %s as invalid (400)', (name, value) => {
    expect(() => readCommandHeaders({ [name]: value })).toThrow(
      expect.objectContaining({ kind: 'invalid' }) as unknown as Error,
    );
  });
});
