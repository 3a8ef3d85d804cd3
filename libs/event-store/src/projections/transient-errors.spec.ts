import { isTransientError } from './transient-errors.js';

const withCode = (code: string) => Object.assign(new Error(`failed with ${code}`), { code });

describe('isTransientError', () => {
  it.each(['40001', '40P01', '55P03', '57014', '57P01', '08006', '08003', 'ECONNRESET', 'ECONNREFUSED'])(
    'retries %s: the database was in the way, not the event',
    (code) => expect(isTransientError(withCode(code))).toBe(true),
  );

  it('retries node-postgres connection losses, which carry no code', () => {
    expect(isTransientError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientError(new Error('Connection terminated due to connection timeout'))).toBe(true);
  });

  it('looks through TypeORM’s driverError and the cause chain', () => {
    expect(isTransientError({ message: 'query failed', driverError: withCode('40P01') })).toBe(true);
    expect(isTransientError(new Error('apply failed', { cause: withCode('57014') }))).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a check violation', withCode('23514')],
    ['a bug in the projection', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['a thrown string', 'nope'],
  ])('halts on %s: retrying the same event fails the same way', (_, error) =>
    expect(isTransientError(error)).toBe(false),
  );
});
