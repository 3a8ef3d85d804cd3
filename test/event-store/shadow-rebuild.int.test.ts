import type { DataSource } from 'typeorm';
import { type Projection, type RebuildProgress, rebuildProjection } from '#libs/event-store';
import { type EventStoreFixture, eventStoreFixture, lagOf, newEvent, stream } from './event-store-fixture.js';
import { waitFor } from './wait-for.js';

/**
 * A read model with both kinds of table a rebuild swaps: `tally_events` it owns alone (renamed in),
 * and `tally_counts` shared with another projection (only its rows, kind 'mine', are replaced).
 */
async function tallyProjection(dataSource: DataSource, poison?: { fails: boolean }): Promise<Projection> {
  await dataSource.query(`
    CREATE TABLE IF NOT EXISTS tally_events (event_id uuid PRIMARY KEY, stream_id text NOT NULL, n int NOT NULL);
    CREATE INDEX IF NOT EXISTS tally_events_by_stream ON tally_events (stream_id, n);
    CREATE TABLE IF NOT EXISTS tally_counts (kind text NOT NULL, stream_id text NOT NULL, events int NOT NULL,
      PRIMARY KEY (kind, stream_id));
    INSERT INTO tally_counts VALUES ('theirs', 'elsewhere', 7) ON CONFLICT DO NOTHING;`);
  return {
    name: 'tally',
    kind: 'read-model',
    tables: [
      { name: 'tally_events' },
      { name: 'tally_counts', rows: { where: 'kind = $1', params: ['mine'] } },
    ],
    async apply(events, { manager }) {
      for (const event of events) {
        if (event.type === 'Poison' && poison?.fails) throw new Error('cannot digest Poison');
        // Reads its own rows back, as the documents projection reads the latest revision.
        const [{ n }]: { n: number }[] = await manager.query(
          'SELECT count(*)::int AS n FROM tally_events WHERE stream_id = $1',
          [event.streamId],
        );
        await manager.query('INSERT INTO tally_events VALUES ($1, $2, $3)', [
          event.eventId,
          event.streamId,
          n + 1,
        ]);
        await manager.query(
          `INSERT INTO tally_counts VALUES ('mine', $1, 1)
           ON CONFLICT (kind, stream_id) DO UPDATE SET events = tally_counts.events + 1`,
          [event.streamId],
        );
      }
    },
  };
}

/** What a fresh fold of the whole log gives, computed from es_events itself. */
async function freshFold(fx: EventStoreFixture) {
  const { rows } = await fx.pool.query(
    `SELECT event_id, stream_id, row_number() OVER (PARTITION BY stream_id ORDER BY global_position)::int AS n
     FROM es_events ORDER BY event_id`,
  );
  return rows;
}

const liveEvents = (fx: EventStoreFixture) =>
  fx.pool.query('SELECT event_id, stream_id, n FROM tally_events ORDER BY event_id').then((r) => r.rows);
const liveCounts = (fx: EventStoreFixture) =>
  fx.pool.query('SELECT * FROM tally_counts ORDER BY kind, stream_id').then((r) => r.rows);

/** A progress callback that holds the rebuild after its first batch until `release` is called. */
function pauseAfterFirstBatch() {
  let release!: () => void;
  let paused!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const reached = new Promise<void>((resolve) => (paused = resolve));
  const reports: RebuildProgress[] = [];
  const onProgress = async (progress: RebuildProgress) => {
    reports.push(progress);
    if (progress.processed > 0 && reports.filter((p) => p.processed > 0).length === 1) {
      paused();
      await released;
    }
  };
  return { onProgress, reached, release, reports };
}

describe('rebuild into shadow tables (real PostgreSQL)', () => {
  let fx: EventStoreFixture;
  beforeEach(async () => {
    fx = await eventStoreFixture();
  });
  afterEach(() => fx.close());

  async function appendHistory(streams = 4, perStream = 5) {
    for (let i = 0; i < streams * perStream; i++)
      await fx.store.append(stream(`s-${i % streams}`), [newEvent()], { expected: 'any' });
  }

  it('keeps the old complete model readable during the replay, then swaps in a fresh fold with the new events', async () => {
    const projection = await tallyProjection(fx.dataSource);
    await appendHistory();
    const worker = await fx.runner(projection);
    worker.runner.start();
    await waitFor(
      () => lagOf(fx, 'tally'),
      (lag) => lag === 0,
    );
    const before = await liveEvents(fx);
    expect(before).toHaveLength(20);

    const pause = pauseAfterFirstBatch();
    const cli = await fx.runner(projection, { batchSize: 3, replaying: true });
    const rebuilding = rebuildProjection(cli.runner, fx.dataSource, cli.lease, pause.onProgress);
    await Promise.race([pause.reached, rebuilding]);

    // Mid-replay (one batch of three in the shadow): readers get the old rows, whole.
    expect(pause.reports.at(-1)).toMatchObject({ processed: 3, total: 20 });
    expect(await liveEvents(fx)).toEqual(before);
    // The live projection keeps running: events appended now show up for readers at once.
    await fx.store.append(stream('late'), [newEvent(), newEvent()], { expected: 'no_stream' });
    await waitFor(
      () => liveEvents(fx),
      (rows) => rows.length === 22,
    );
    // A second rebuild of the same projection is refused while this one runs.
    const other = await fx.runner(projection);
    await expect(rebuildProjection(other.runner, fx.dataSource, other.lease)).rejects.toMatchObject({
      code: 'PROJECTION.REBUILD_RUNNING',
    });

    pause.release();
    const result = await rebuilding;
    expect(result).toEqual({ processed: 22, total: 22 });
    expect(pause.reports.at(-1)).toMatchObject({
      processed: 22,
      secondsLeft: 0,
      eventsPerSecond: expect.any(Number),
    });
    expect(await liveEvents(fx)).toEqual(await freshFold(fx));
    expect(await liveCounts(fx)).toEqual([
      { kind: 'mine', stream_id: 'late', events: 2 },
      ...[0, 1, 2, 3].map((i) => ({ kind: 'mine', stream_id: `s-${i}`, events: 5 })),
      { kind: 'theirs', stream_id: 'elsewhere', events: 7 },
    ]);
    // The live projection goes on after the swap, on the new table, without applying anything twice.
    await fx.store.append(stream('after'), [newEvent()], { expected: 'no_stream' });
    await waitFor(
      () => lagOf(fx, 'tally'),
      (lag) => lag === 0,
    );
    await worker.runner.stop();
    expect(await liveEvents(fx)).toEqual(await freshFold(fx));
    const { rows: checkpoint } = await fx.pool.query(
      "SELECT rebuilt_at FROM es_checkpoints WHERE projection = 'tally'",
    );
    expect(checkpoint[0].rebuilt_at).toBeInstanceOf(Date);
  });

  it('a crash mid-rebuild leaves the live model untouched, and the next rebuild starts clean', async () => {
    const projection = await tallyProjection(fx.dataSource);
    await appendHistory(2, 3);
    const worker = await fx.runner(projection);
    worker.runner.start();
    await waitFor(
      () => lagOf(fx, 'tally'),
      (lag) => lag === 0,
    );
    await worker.runner.stop();
    const before = await liveEvents(fx);

    // The rebuild's connection dies mid-replay, as when its process is killed or the server restarts.
    const pause = pauseAfterFirstBatch();
    const cli = await fx.runner(projection, { batchSize: 2, replaying: true });
    const crashed = rebuildProjection(cli.runner, fx.dataSource, cli.lease, pause.onProgress);
    await Promise.race([pause.reached, crashed]);
    const { rows: killed } = await fx.pool.query(
      "SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'rebuild:tally'",
    );
    expect(killed).toEqual([{ ok: true }]);
    pause.release();
    await expect(crashed).rejects.toThrow();
    expect(await liveEvents(fx)).toEqual(before);

    const again = await fx.runner(projection, { batchSize: 2, replaying: true });
    expect(await rebuildProjection(again.runner, fx.dataSource, again.lease)).toEqual({
      processed: 6,
      total: 6,
    });
    expect(await liveEvents(fx)).toEqual(await freshFold(fx));
  });

  it('a rebuild that fails half-way changes nothing a reader sees, nor the checkpoint', async () => {
    const state = { fails: true };
    const projection = await tallyProjection(fx.dataSource, state);
    await appendHistory(2, 2);
    const worker = await fx.runner(projection);
    await worker.lease.tryAcquire('tally');
    await waitFor(
      async () => (await worker.runner.processBatch(), lagOf(fx, 'tally')),
      (lag) => lag === 0,
    );
    await worker.lease.release('tally');
    const before = await liveEvents(fx);
    const { rows: checkpointBefore } = await fx.pool.query('SELECT * FROM es_checkpoints');
    await fx.store.append(stream('s-0'), [newEvent('Poison')], { expected: 'any' });

    const cli = await fx.runner(projection, { batchSize: 2, replaying: true });
    await expect(rebuildProjection(cli.runner, fx.dataSource, cli.lease)).rejects.toMatchObject({
      code: 'PROJECTION.HALTED',
      details: { eventType: 'Poison' },
    });
    expect(await liveEvents(fx)).toEqual(before);
    expect((await fx.pool.query('SELECT * FROM es_checkpoints')).rows).toEqual(checkpointBefore);

    // Once fixed, the rebuild goes through and the model is the fresh fold.
    state.fails = false;
    await rebuildProjection(cli.runner, fx.dataSource, cli.lease);
    expect(await liveEvents(fx)).toEqual(await freshFold(fx));
  });

  it('a rebuild after a fix lifts the live projection’s halt: it goes on from the swapped-in model', async () => {
    const state = { fails: true };
    const projection = await tallyProjection(fx.dataSource, state);
    await appendHistory(2, 2);
    await fx.store.append(stream('s-1'), [newEvent('Poison')], { expected: 'any' });
    await fx.store.append(stream('s-0'), [newEvent()], { expected: 'any' });
    const worker = await fx.runner(projection);
    await worker.lease.tryAcquire('tally');
    const halted = await waitFor(
      () => worker.runner.processBatch(),
      (outcome) => outcome.halted !== undefined,
    );
    expect(halted.halted).toMatchObject({ eventType: 'Poison' });
    expect(await liveEvents(fx)).toHaveLength(4);

    state.fails = false;
    const cli = await fx.runner(projection, { replaying: true });
    await rebuildProjection(cli.runner, fx.dataSource, cli.lease);
    expect(await liveEvents(fx)).toEqual(await freshFold(fx));
    const { rows } = await fx.pool.query('SELECT status, handled_by FROM es_dead_letters');
    expect(rows).toEqual([{ status: 'applied', handled_by: 'rebuild' }]);
    // The live runner is halted no more, and carries on from the moved checkpoint.
    await fx.store.append(stream('s-0'), [newEvent()], { expected: 'any' });
    await waitFor(
      async () => (await worker.runner.processBatch(), lagOf(fx, 'tally')),
      (lag) => lag === 0,
    );
    expect(await liveEvents(fx)).toEqual(await freshFold(fx));
  });
});
