import { LOG_START, readProjectionStatus, rebuildProjection } from '#libs/event-store';
import {
  catchUp,
  type EventStoreFixture,
  eventStoreFixture,
  lagOf,
  newEvent,
  seenProjection,
  seenRows,
  stream,
} from './event-store-fixture.js';
import { waitFor } from './wait-for.js';

// What a projection does with an event it cannot apply: projection-halts.int.test.ts.
describe('projection runner (real PostgreSQL)', () => {
  let fx: EventStoreFixture;
  beforeEach(async () => {
    fx = await eventStoreFixture();
  });
  afterEach(() => fx.close());

  it('runs in the background, picks up new appends, and reports lag until it has caught up', async () => {
    await fx.store.append(stream('a'), [newEvent(), newEvent()], { expected: 'no_stream' });
    const projection = await seenProjection(fx.dataSource);
    const { runner } = await fx.runner(projection);
    const [before] = await readProjectionStatus(fx.dataSource.manager);
    expect(before).toMatchObject({ projection: 'seen', lagEvents: 2 });

    runner.start();
    await fx.store.append(stream('a'), [newEvent()], { expected: 2 });
    await waitFor(
      () => lagOf(fx, 'seen'),
      (lag) => lag === 0,
    );
    await runner.stop();

    expect(await seenRows(fx.dataSource)).toHaveLength(3);
    const [after] = await readProjectionStatus(fx.dataSource.manager);
    expect(after).toMatchObject({ lagEvents: 0, lagSeconds: 0, deadLetters: 0, halted: null });
  });

  it('gives one owner per projection across processes; the other takes over when the owner stops', async () => {
    const projection = await seenProjection(fx.dataSource);
    const first = await fx.runner(projection);
    const second = await fx.runner(projection);
    first.runner.start();
    await waitFor(async () => first.lease.holds('seen'), Boolean);
    second.runner.start();
    await fx.store.append(stream('o'), [newEvent(), newEvent()], { expected: 'any' });
    await waitFor(
      () => seenRows(fx.dataSource),
      (rows) => rows.length === 2,
    );
    expect(second.lease.holds('seen')).toBe(false);

    await first.runner.stop();
    await waitFor(async () => second.lease.holds('seen'), Boolean);
    await fx.store.append(stream('o'), [newEvent()], { expected: 2 });
    await waitFor(
      () => seenRows(fx.dataSource),
      (rows) => rows.length === 3,
    );
    await second.runner.stop();
    const rows = await seenRows(fx.dataSource);
    expect(new Set(rows.map((r) => r.eventId)).size).toBe(3);
  });

  it('rebuilds a read model from zero into exactly the rows the live projection had', async () => {
    const projection = await seenProjection(fx.dataSource);
    const { runner } = await fx.runner(projection);
    runner.start();
    for (let i = 0; i < 20; i++) {
      await fx.store.append(stream(`r-${i % 4}`), [newEvent(), newEvent()], { expected: 'any' });
    }
    await waitFor(
      () => lagOf(fx, 'seen'),
      (lag) => lag === 0,
    );
    await runner.stop();
    const live = await seenRows(fx.dataSource);

    const progress: number[] = [];
    const { runner: rebuilder, lease } = await fx.runner(projection, { batchSize: 7, replaying: true });
    const result = await rebuildProjection(rebuilder, fx.dataSource, lease, (p) =>
      progress.push(p.processed),
    );
    expect(result).toEqual({ processed: 40, total: 40 });
    expect(progress.at(-1)).toBe(40);
    expect(await seenRows(fx.dataSource)).toEqual(live);
  });

  it('while a worker owns the projection, a rebuild resets it and the worker replays it', async () => {
    const projection = await seenProjection(fx.dataSource);
    await fx.store.append(stream('w'), [newEvent(), newEvent(), newEvent()], { expected: 'any' });
    const worker = await fx.runner(projection);
    worker.runner.start();
    await waitFor(
      () => seenRows(fx.dataSource),
      (rows) => rows.length === 3,
    );

    const cli = await fx.runner(projection);
    const result = await rebuildProjection(cli.runner, fx.dataSource, cli.lease);
    expect(result).toEqual({ processed: 3, total: 3 });
    await worker.runner.stop();
    expect(await seenRows(fx.dataSource)).toHaveLength(3);
    const { rows } = await fx.pool.query('SELECT rebuilt_at FROM es_checkpoints');
    expect(rows[0].rebuilt_at).toBeInstanceOf(Date);
  });

  it('starts a new reaction at the head of the log and refuses to replay it', async () => {
    await fx.store.append(stream('h'), [newEvent(), newEvent()], { expected: 'any' });
    // History means below the fence; another database's open transaction can hold it back briefly.
    await waitFor(
      () => fx.store.readLog(LOG_START, 10),
      (events) => events.length === 2,
    );
    const reaction = await seenProjection(fx.dataSource, 'mailer', 'reaction');
    const { runner, lease } = await fx.runner(reaction);
    await lease.tryAcquire('mailer');
    await catchUp(fx, runner);
    expect(await seenRows(fx.dataSource, 'mailer')).toEqual([]);

    await fx.store.append(stream('h'), [newEvent()], { expected: 2 });
    await catchUp(fx, runner);
    expect(await seenRows(fx.dataSource, 'mailer')).toHaveLength(1);
    await expect(rebuildProjection(runner, fx.dataSource, lease)).rejects.toMatchObject({
      code: 'PROJECTION.NOT_REBUILDABLE',
    });
  });
});
