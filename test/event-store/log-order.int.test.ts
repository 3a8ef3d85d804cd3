import { LOG_START } from '#libs/event-store';
import { type EventStoreFixture, eventStoreFixture } from './event-store-fixture.js';

/**
 * Regression: reads once sorted transaction ids as text, so '1000' came before '999' and a
 * cursor paging through the log skipped and repeated events whenever transaction ids crossed a
 * power of ten. The stress test only meets such a boundary by chance; this one builds it.
 */
describe('global log order across a transaction-id digit boundary (real PostgreSQL)', () => {
  let fx: EventStoreFixture;
  beforeAll(async () => {
    fx = await eventStoreFixture();
  });
  afterAll(() => fx.close());

  it('pages through transactions 99…9 and 10…0 in numeric order, one event per page, none skipped', async () => {
    const { rows } = await fx.pool.query('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS fence');
    // The largest power of ten below the fence: both sides of it are finished transaction ids.
    const boundary = 10n ** BigInt(rows[0].fence.length - 1);
    const xids = [boundary - 2n, boundary - 1n, boundary, boundary + 1n];
    for (const [index, xid] of xids.entries()) {
      await fx.pool.query(
        `INSERT INTO es_events (transaction_id, tenant_id, stream_id, stream_position, event_id, event_type, data)
         VALUES ($1::xid8, 'tenant-a', 'boundary', $2, gen_random_uuid(), 'Crossed', '{}')`,
        [xid.toString(), index + 1],
      );
    }

    const seen: string[] = [];
    let from = LOG_START;
    for (;;) {
      const [event] = await fx.store.readLog(from, 1);
      if (!event) break;
      seen.push(event.transactionId);
      from = event;
    }
    expect(seen).toEqual(xids.map(String));
  });
});
