import { AppendNotFirstWriteError, ConcurrencyError, LOG_START } from '#libs/event-store';
import { waitFor } from './wait-for.js';
import {
  catchUp,
  type EventStoreFixture,
  eventStoreFixture,
  newEvent,
  seenProjection,
  seenRows,
  stream,
} from './event-store-fixture.js';

describe('concurrent writers (real PostgreSQL)', () => {
  let fx: EventStoreFixture;
  beforeEach(async () => {
    fx = await eventStoreFixture();
  });
  afterEach(() => fx.close());

  it('many writers on one stream: version = successes, every loser gets the typed conflict, no position burned', async () => {
    const writers = 16;
    const attemptsEach = 15;
    let successes = 0;
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: writers }, async () => {
        for (let attempt = 0; attempt < attemptsEach; attempt++) {
          const version = await fx.store.streamVersion('tenant-a', 'contended');
          try {
            await fx.store.append(stream('contended'), [newEvent('Tick')], { expected: version });
            successes += 1;
          } catch (error) {
            expect(error).toBeInstanceOf(ConcurrencyError);
            conflicts += 1;
          }
        }
      }),
    );
    expect(successes + conflicts).toBe(writers * attemptsEach);
    expect(conflicts).toBeGreaterThan(0);
    expect(await fx.store.streamVersion('tenant-a', 'contended')).toBe(successes);

    const events = await fx.store.readStream('tenant-a', 'contended');
    expect(events.map((e) => e.streamPosition)).toEqual(Array.from({ length: successes }, (_, i) => i + 1));
    // Losers never drew from the sequence: global positions are exactly 1..successes.
    expect(events.map((e) => e.globalPosition)).toEqual(Array.from({ length: successes }, (_, i) => i + 1));
    const { rows } = await fx.pool.query('SELECT last_value FROM es_global_position');
    expect(Number(rows[0].last_value)).toBe(successes);
  });

  it('hides an appended event while an earlier transaction is still open, then shows both in commit-safe order', async () => {
    const early = await fx.pool.connect();
    try {
      await early.query('BEGIN');
      await fx.store.append(stream('early'), [newEvent('Early')], { expected: 'any' }, early);
      await fx.store.append(stream('later'), [newEvent('Later')], { expected: 'any' });
      // 'later' committed, but the reader must not move past the still-open 'early' transaction.
      expect(await fx.store.readLog(LOG_START, 100)).toEqual([]);
      await early.query('COMMIT');
    } finally {
      early.release();
    }
    // Both show once the fence passes them (at once, unless another database's transaction is open).
    const log = await waitFor(
      () => fx.store.readLog(LOG_START, 100),
      (events) => events.length === 2,
    );
    expect(log.map((e) => e.type)).toEqual(['Early', 'Later']);
  });

  it('a transaction that wrote elsewhere first cannot append, so a projection never sees v3 before v2', async () => {
    const projection = await seenProjection(fx.dataSource);
    const { runner } = await fx.runner(projection);
    await fx.store.append(stream('s'), [newEvent('V1')], { expected: 'no_stream' });

    const writesFirst = await fx.pool.connect();
    try {
      await writesFirst.query('BEGIN');
      await writesFirst.query('SELECT pg_current_xact_id()'); // assigns its transaction id now, like a write would
      await fx.store.append(stream('s'), [newEvent('V2')], { expected: 1 });
      await expect(
        fx.store.append(stream('s'), [newEvent('V3')], { expected: 'any' }, writesFirst),
      ).rejects.toBeInstanceOf(AppendNotFirstWriteError);
      await writesFirst.query('ROLLBACK');
    } finally {
      writesFirst.release();
    }
    await fx.store.append(stream('s'), [newEvent('V3')], { expected: 2 });
    await catchUp(fx, runner);
    expect((await seenRows(fx.dataSource)).map((row) => row.streamPosition)).toEqual([1, 2, 3]);
  });

  it("writers racing on one stream with 'any' are ordered by the stream lock, so the log keeps stream order", async () => {
    const projection = await seenProjection(fx.dataSource);
    const { runner } = await fx.runner(projection);
    const holder = await fx.pool.connect();
    await holder.query('BEGIN');
    await fx.store.append(stream('raced'), [newEvent('First')], { expected: 'any' }, holder);
    // These queue on the stream lock while the holder's transaction is open.
    const racers = Array.from({ length: 8 }, () =>
      fx.store.append(stream('raced'), [newEvent('Next')], { expected: 'any' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await holder.query('COMMIT');
    holder.release();
    await Promise.all(racers);
    await catchUp(fx, runner);
    expect((await seenRows(fx.dataSource)).map((row) => row.streamPosition)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });
});
