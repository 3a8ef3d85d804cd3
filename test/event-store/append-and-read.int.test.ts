import {
  AppendNotFirstWriteError,
  ConcurrencyError,
  InvalidAppendError,
  UpcasterChain,
} from '#libs/event-store';
import { type EventStoreFixture, eventStoreFixture, newEvent, stream } from './event-store-fixture.js';

describe('appending to and reading a stream (real PostgreSQL)', () => {
  let fx: EventStoreFixture;
  beforeAll(async () => {
    fx = await eventStoreFixture(
      new UpcasterChain([
        {
          eventType: 'ItemTitled',
          fromVersion: 1,
          upcast: (data) => ({ title: (data as { name: string }).name }),
        },
        {
          eventType: 'ItemTitled',
          fromVersion: 2,
          upcast: (data) => ({ ...(data as object), language: 'sv' }),
        },
      ]),
    );
  });
  afterAll(() => fx.close());

  it('appends a batch to a new stream and reads it back in order, with Swedish text intact', async () => {
    const events = [newEvent('A', { text: 'Åbinger ersätter' }), newEvent('B', { text: 'Ärende öppnat' })];
    const result = await fx.store.append(stream('s-order'), events, { expected: 'no_stream' });
    expect(result).toMatchObject({ nextExpectedVersion: 2, replayed: false });
    expect(result.lastPosition - result.firstPosition).toBe(1);

    const read = await fx.store.readStream('tenant-a', 's-order');
    expect(read.map((e) => [e.type, e.streamPosition, e.data])).toEqual([
      ['A', 1, { text: 'Åbinger ersätter' }],
      ['B', 2, { text: 'Ärende öppnat' }],
    ]);
    expect(read[0].globalPosition).toBe(result.firstPosition);
  });

  it('refuses a stale expected version with a typed conflict and appends nothing', async () => {
    await fx.store.append(stream('s-stale'), [newEvent()], { expected: 'no_stream' });
    const attempt = fx.store.append(stream('s-stale'), [newEvent()], { expected: 0 });
    await expect(attempt).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(attempt).rejects.toMatchObject({ code: 'EVENT_STORE.VERSION_CONFLICT', actual: 1 });
    await expect(
      fx.store.append(stream('s-stale'), [newEvent()], { expected: 'no_stream' }),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(
      fx.store.append(stream('s-missing'), [newEvent()], { expected: 'stream_exists' }),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await fx.store.streamVersion('tenant-a', 's-stale')).toBe(1);
  });

  it('keeps tenants apart: the same stream id in two tenants are two streams', async () => {
    await fx.store.append(stream('shared-id', 'tenant-a'), [newEvent()], { expected: 'no_stream' });
    await fx.store.append(stream('shared-id', 'tenant-b'), [newEvent()], { expected: 'no_stream' });
    expect(await fx.store.readStream('tenant-b', 'shared-id')).toHaveLength(1);
  });

  it('appends once for a command id sent twice and returns the first result both times', async () => {
    const first = await fx.store.append(stream('s-idem'), [newEvent('X')], {
      expected: 'any',
      commandId: 'cmd-1',
    });
    const second = await fx.store.append(stream('s-idem'), [newEvent('X')], {
      expected: 'any',
      commandId: 'cmd-1',
    });
    expect(second).toEqual({ ...first, replayed: true });
    expect(await fx.store.readStream('tenant-a', 's-idem')).toHaveLength(1);
  });

  it('rejects malformed appends before touching the database', async () => {
    await expect(fx.store.append(stream('s-bad'), [], { expected: 'any' })).rejects.toBeInstanceOf(
      InvalidAppendError,
    );
    await expect(
      fx.store.append(stream('s-bad'), [{ eventId: 'nope', type: 'X', data: {} }], { expected: 'any' }),
    ).rejects.toBeInstanceOf(InvalidAppendError);
    await expect(fx.store.append(stream('s-bad'), [newEvent()], { expected: -1 })).rejects.toBeInstanceOf(
      InvalidAppendError,
    );
  });

  it('reports a reused event id as an invalid append, not a raw unique violation', async () => {
    const event = newEvent();
    await fx.store.append(stream('s-dup'), [event], { expected: 'any' });
    await expect(fx.store.append(stream('s-dup'), [event], { expected: 'any' })).rejects.toMatchObject({
      code: 'EVENT_STORE.INVALID_APPEND',
    });
  });

  it('refuses text with a NUL character as an invalid append instead of a raw database error', async () => {
    const attempt = fx.store.append(stream('s-nul'), [newEvent('X', { text: 'före\u0000efter' })], {
      expected: 'any',
    });
    await expect(attempt).rejects.toMatchObject({ code: 'EVENT_STORE.INVALID_APPEND' });
    expect(await fx.store.readStream('tenant-a', 's-nul')).toHaveLength(0);
  });

  it('keeps the events table append-only in the database itself', async () => {
    await fx.store.append(stream('s-ro'), [newEvent()], { expected: 'any' });
    await expect(fx.pool.query("UPDATE es_events SET data = '{}' WHERE stream_id = 's-ro'")).rejects.toThrow(
      /append-only/,
    );
    await expect(fx.pool.query("DELETE FROM es_events WHERE stream_id = 's-ro'")).rejects.toThrow(
      /append-only/,
    );
    await expect(fx.pool.query('TRUNCATE es_events')).rejects.toThrow(/append-only/);
    expect(await fx.store.readStream('tenant-a', 's-ro')).toHaveLength(1);
  });

  it('refuses an append that is not the first write of its transaction, and nothing is stored', async () => {
    const client = await fx.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('CREATE TEMP TABLE elsewhere (x int)');
      await client.query('INSERT INTO elsewhere VALUES (1)');
      await expect(
        fx.store.append(stream('s-late'), [newEvent()], { expected: 'any' }, client),
      ).rejects.toBeInstanceOf(AppendNotFirstWriteError);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await fx.store.readStream('tenant-a', 's-late')).toHaveLength(0);
  });

  it('upcasts old schema versions on read, step by step, leaving the stored row as written', async () => {
    await fx.pool.query(
      `INSERT INTO es_events (tenant_id, stream_id, stream_position, event_id, event_type, schema_version, data)
       VALUES ('tenant-a', 's-up', 1, gen_random_uuid(), 'ItemTitled', 1, '{"name": "Föregående protokoll"}')`,
    );
    const [event] = await fx.store.readStream('tenant-a', 's-up');
    expect(event.schemaVersion).toBe(3);
    expect(event.data).toEqual({ title: 'Föregående protokoll', language: 'sv' });
    const { rows } = await fx.pool.query("SELECT data FROM es_events WHERE stream_id = 's-up'");
    expect(rows[0].data).toEqual({ name: 'Föregående protokoll' });
  });
});
