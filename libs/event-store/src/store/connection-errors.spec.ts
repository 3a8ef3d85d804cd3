import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { isConnectionError } from './connection-errors.js';

const withCode = (code: string) => Object.assign(new Error(`failed with ${code}`), { code });

describe('isConnectionError', () => {
  it.each([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EPIPE',
    '08006',
    '08001',
    '08P01',
    '57P01',
    '57P02',
    '57P03',
  ])('takes %s for the database being out of reach', (code) =>
    expect(isConnectionError(withCode(code))).toBe(true),
  );

  it('recognises node-postgres and pg-pool losses, which carry no code', () => {
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated due to connection timeout'))).toBe(true);
    expect(isConnectionError(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('takes TypeORM’s released query runner for one: it releases itself when its connection fails', () => {
    expect(isConnectionError(new QueryRunnerAlreadyReleasedError())).toBe(true);
  });

  it('looks through TypeORM’s driverError, the cause chain and an AggregateError', () => {
    expect(
      isConnectionError({ name: 'QueryFailedError', message: 'x', driverError: withCode('57P01') }),
    ).toBe(true);
    expect(isConnectionError(new Error('lookup failed', { cause: withCode('ECONNREFUSED') }))).toBe(true);
    expect(isConnectionError(new AggregateError([withCode('ECONNREFUSED')], 'connect failed'))).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a deadlock (the server answered)', withCode('40P01')],
    ['a wrong password', withCode('28P01')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['a thrown string', 'Connection terminated'],
    ['nothing', undefined],
  ])('does not take %s for one', (_, error) => expect(isConnectionError(error)).toBe(false));
});
