import pg from 'pg';
import { ProjectionLeases } from '#libs/event-store';
import { createTestDatabase, type TestDatabase } from '#libs/testing';

/**
 * Every projection runner of a process asks the one lease connection for its lock at start. The
 * service starts five at once; their lock queries must not overlap on the connection (pg warns,
 * and the graceful-shutdown test saw the warning on the service's stderr).
 */
describe('projection leases shared by many runners', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it('grants locks asked for at the same time, one owner each, without overlapping queries', async () => {
    // How many queries a client has in flight at once (pg would queue them, and warn).
    const original = pg.Client.prototype.query;
    const inFlight = new Map<unknown, number>();
    let mostAtOnce = 0;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const count = (inFlight.get(this) ?? 0) + 1;
      inFlight.set(this, count);
      mostAtOnce = Math.max(mostAtOnce, count);
      const result = (original as (...a: unknown[]) => unknown).apply(this, args);
      const settle = () => inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
      if (result instanceof Promise) result.then(settle, settle);
      else settle();
      return result;
    } as typeof original;
    const first = new ProjectionLeases(database.url);
    const second = new ProjectionLeases(database.url);
    await Promise.all([first.open(), second.open()]);
    try {
      const names = Array.from({ length: 12 }, (_, index) => `projection-${index}`);
      expect(await Promise.all(names.map((name) => first.tryAcquire(name)))).toEqual(names.map(() => true));
      expect(await Promise.all(names.map((name) => second.tryAcquire(name)))).toEqual(names.map(() => false));
      await Promise.all(names.map((name) => first.release(name)));
      expect(await Promise.all(names.map((name) => second.tryAcquire(name)))).toEqual(names.map(() => true));
      expect(mostAtOnce).toBe(1);
    } finally {
      pg.Client.prototype.query = original;
      await Promise.all([first.close(), second.close()]);
    }
  });
});
