import type { PoolClient } from 'pg';
import { createPgPool } from '#libs/database';
import { ConcurrencyError, PgEventStore } from '#libs/event-store';
import { type EventStoreFixture, eventStoreFixture, newEvent, stream } from './event-store-fixture.js';

/** Rejects if `work` has not settled within `ms`: an append that queued for the stream's lock. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms).unref(),
    ),
  ]);
}

/**
 * es_append refuses a stale expected version without waiting for the stream's lock
 * (AppendEarlyRefusal1732364000000), and a refusal keeps its pooled connection.
 */
describe('append with a stale expected version while another append holds the stream (real PostgreSQL)', () => {
  let fx: EventStoreFixture;
  let holder: PoolClient;
  beforeEach(async () => {
    fx = await eventStoreFixture();
    // Given a stream at version 1 and an open transaction appending its version 2 (it holds the lock)
    await fx.store.append(stream('hot'), [newEvent('Written', { n: 1 })], { expected: 'no_stream' });
    holder = await fx.pool.connect();
    await holder.query('BEGIN');
    await fx.store.append(stream('hot'), [newEvent('Written', { n: 2 })], { expected: 1 }, holder);
  });
  afterEach(async () => {
    await holder.query('ROLLBACK').catch(() => undefined);
    holder.release();
    await fx.close();
  });

  it('is refused at once with the same typed conflict and code, naming the committed version', async () => {
    // When an editor who last saw version 0 appends
    const refusal = await within(
      2000,
      fx.store.append(stream('hot'), [newEvent('Stale')], { expected: 0 }).then(
        () => undefined,
        (error: unknown) => error,
      ),
    );
    // Then it is refused while the holder's transaction is still open
    expect(refusal).toBeInstanceOf(ConcurrencyError);
    expect(refusal).toMatchObject({
      code: 'EVENT_STORE.VERSION_CONFLICT',
      streamId: 'hot',
      expected: '0',
      actual: 1,
      message: 'stream hot is at version 1, expected 0',
    });
    const { rows } = await fx.pool.query(
      "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    expect(rows[0].waiting).toBe(0);
    await holder.query('COMMIT');
    // And it wrote nothing and drew no global position
    expect((await fx.store.readStream('tenant-a', 'hot')).map((e) => e.globalPosition)).toEqual([1, 2]);
  });

  it('a matching version still waits for the holder and is checked again under the lock', async () => {
    // When an editor at version 1 (the committed one) appends while version 2 is being written
    const waiting = fx.store.append(stream('hot'), [newEvent('Late')], { expected: 1 });
    await expect(within(300, waiting)).rejects.toThrow('still waiting');
    // Then it is refused once the holder commits, with the version the holder wrote
    await holder.query('COMMIT');
    await expect(waiting).rejects.toMatchObject({ code: 'EVENT_STORE.VERSION_CONFLICT', actual: 2 });
    expect(await fx.store.streamVersion('tenant-a', 'hot')).toBe(2);
  });

  it('a matching version appends after the holder rolls back', async () => {
    const waiting = fx.store.append(stream('hot'), [newEvent('Next')], { expected: 1 });
    await expect(within(300, waiting)).rejects.toThrow('still waiting');
    await holder.query('ROLLBACK');
    await expect(waiting).resolves.toMatchObject({ nextExpectedVersion: 2, replayed: false });
    expect((await fx.store.readStream('tenant-a', 'hot')).map((e) => e.type)).toEqual(['Written', 'Next']);
  });

  it('a retried command with a stale version is answered as a replay, not a conflict', async () => {
    // Given a command recorded on another stream of the tenant
    const first = await fx.store.append(stream('other'), [newEvent('Done')], {
      expected: 'no_stream',
      commandId: 'cmd-1',
    });
    await holder.query('COMMIT');
    const next = await fx.pool.connect();
    try {
      await next.query('BEGIN');
      await fx.store.append(stream('other'), [newEvent('Busy')], { expected: 1 }, next);
      // When it is retried with the version it saw then, while the stream's lock is held
      const retried = await within(
        2000,
        fx.store.append(stream('other'), [newEvent('Done')], { expected: 0, commandId: 'cmd-1' }),
      );
      // Then it gets the first result
      expect(retried).toEqual({ ...first, replayed: true });
    } finally {
      await next.query('ROLLBACK');
      next.release();
    }
  });

  it('keeps the pooled connection after refusals (pool.query would close it)', async () => {
    const pool = createPgPool(fx.url, 1);
    try {
      const store = new PgEventStore(pool);
      const pid = async () => (await pool.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
      const before = await pid();
      for (let attempt = 0; attempt < 3; attempt += 1)
        await expect(
          store.append(stream('hot'), [newEvent('Stale')], { expected: 0 }),
        ).rejects.toBeInstanceOf(ConcurrencyError);
      // es_append_streams' refusals too (it waits for the held lock: the holder commits meanwhile)
      const twoStreams = store.appendToStreams(
        [
          { stream: stream('hot'), events: [newEvent('Stale')], expected: 1 },
          { stream: stream('elsewhere'), events: [newEvent('Effect')], expected: 'no_stream' },
        ],
        {},
      );
      await holder.query('COMMIT');
      await expect(twoStreams).rejects.toMatchObject({ code: 'EVENT_STORE.VERSION_CONFLICT', actual: 2 });
      expect(await pid()).toBe(before);
    } finally {
      await pool.end();
    }
  });
});
