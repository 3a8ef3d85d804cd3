import {
  type EventStoreFixture,
  eventStoreFixture,
  lagOf,
  newEvent,
  seenProjection,
  seenRows,
  stream,
} from './event-store-fixture.js';
import { waitFor } from './wait-for.js';

/**
 * The point of the event store: under concurrent load with rollbacks and transactions held open
 * for seconds, and with the projector restarted mid-run, the projected set equals the committed
 * set exactly. A reader that paged by position alone would lose events here.
 */
describe('no event is skipped or applied twice under load (real PostgreSQL)', () => {
  let fx: EventStoreFixture;
  beforeAll(async () => {
    fx = await eventStoreFixture();
  });
  afterAll(() => fx.close());

  it('32 writers, 50,000+ committed events, random rollbacks, long transactions, projector restarted', async () => {
    const target = 50_000;
    const committed = new Set<string>();
    let rolledBack = 0;
    let heldOpen = 0;
    let attempted = 0;

    const projection = await seenProjection(fx.dataSource);
    let projector = await fx.runner(projection, { batchSize: 1000 });
    projector.runner.start();

    const writer = async (writerId: number) => {
      let random = writerId * 7919 + 1;
      const next = () => (random = (random * 48271) % 2147483647) / 2147483647;
      while (committed.size < target) {
        const client = await fx.pool.connect();
        try {
          const events = Array.from({ length: 1 + Math.floor(next() * 10) }, () =>
            newEvent('Load', { writerId }),
          );
          attempted += events.length;
          await client.query('BEGIN');
          await fx.store.append(
            stream(`load-${Math.floor(next() * 300)}`),
            events,
            { expected: 'any' },
            client,
          );
          if (next() < 0.004 && heldOpen < 12) {
            heldOpen += 1; // hold the transaction open while everyone else commits past it
            await new Promise((resolve) => setTimeout(resolve, 1000 + next() * 2000));
          }
          if (next() < 0.1) {
            await client.query('ROLLBACK');
            rolledBack += events.length;
          } else {
            await client.query('COMMIT');
            for (const event of events) committed.add(event.eventId);
          }
        } finally {
          client.release();
        }
      }
    };

    const restartProjector = async () => {
      await waitFor(
        async () => committed.size,
        (n) => n > target * 0.4,
        120_000,
      );
      await projector.runner.stop();
      projector = await fx.runner(projection, { batchSize: 1000 });
      projector.runner.start();
    };

    await Promise.all([...Array.from({ length: 32 }, (_, i) => writer(i)), restartProjector()]);

    // Caught up = nothing committed after the checkpoint. (Not "checkpoint = max position": in
    // (transaction id, position) order the last event need not have the highest position.)
    await waitFor(
      () => lagOf(fx, 'seen'),
      (lag) => lag === 0,
      120_000,
    );
    await projector.runner.stop();

    const seen = await seenRows(fx.dataSource);
    const seenIds = new Set(seen.map((row) => row.eventId));
    expect(committed.size).toBeGreaterThanOrEqual(target);
    expect(rolledBack).toBeGreaterThan(0);
    expect(heldOpen).toBeGreaterThan(0);
    expect(seen.length).toBe(seenIds.size); // none applied twice
    const missing = [...committed].filter((id) => !seenIds.has(id));
    if (missing.length > 0) {
      const { rows: info } = await fx.pool.query(
        `SELECT transaction_id::text, global_position, stream_id, stream_position, created_at FROM es_events WHERE event_id = ANY($1::uuid[]) ORDER BY 1, 2`,
        [missing],
      );
      const { rows: dead } = await fx.pool.query('SELECT count(*) FROM es_dead_letters');
      console.log('DEBUG missing', missing.length, 'dead', dead, JSON.stringify(info.slice(0, 40)));
      const { rows: around } = await fx.pool.query(
        `SELECT transaction_id::text, count(*), min(global_position), max(global_position) FROM es_events WHERE transaction_id BETWEEN $1::xid8 - 3 AND $1::xid8 + 3 GROUP BY 1 ORDER BY 1`,
        [info[0].transaction_id],
      );
      console.log('DEBUG around', JSON.stringify(around));
    }
    expect(seenIds.size).toBe(committed.size); // none skipped ...
    expect([...committed].every((id) => seenIds.has(id))).toBe(true); // ... and none invented

    // Each stream's events were applied in stream order.
    const lastByStream = new Map<string, number>();
    for (const row of seen) {
      expect(row.streamPosition).toBe((lastByStream.get(row.streamId) ?? 0) + 1);
      lastByStream.set(row.streamId, row.streamPosition);
    }
    console.log(
      `no-lost-events: attempted ${attempted}, committed ${committed.size}, rolled back ${rolledBack}, held open ${heldOpen}, projected ${seen.length}`,
    );
  }, 300_000);
});
