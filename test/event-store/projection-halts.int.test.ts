import {
  PROJECTION_ERROR,
  type Projection,
  type ProjectionStatus,
  listDeadLetters,
  readProjectionStatus,
  rebuildProjection,
  replayHaltedEvent,
  skipHaltedEvent,
  type StoredEvent,
  WaitingForReadModel,
} from '#libs/event-store';
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

/** `seen`, but it cannot digest a Poison event until `fixed` is set. */
async function pickyProjection(fx: EventStoreFixture) {
  const seen = await seenProjection(fx.dataSource, 'picky');
  const state = { fixed: false };
  const picky: Projection = {
    ...seen,
    async apply(events: readonly StoredEvent[], context) {
      if (!state.fixed && events.some((e) => e.type === 'Poison')) throw new Error('cannot digest Poison');
      await seen.apply(events, context);
    },
  };
  return { picky, state };
}

const positions = async (fx: EventStoreFixture) =>
  (await seenRows(fx.dataSource, 'picky')).map((r) => r.streamPosition);

const statusOf = async (fx: EventStoreFixture, name: string): Promise<ProjectionStatus> =>
  (await readProjectionStatus(fx.dataSource.manager)).find((s) => s.projection === name)!;

/** Good, Poison, Good on one stream; returns the Poison event's global position. */
async function appendWithPoison(fx: EventStoreFixture): Promise<number> {
  const { firstPosition } = await fx.store.append(
    stream('p'),
    [newEvent('Good'), newEvent('Poison'), newEvent('Good')],
    { expected: 'no_stream' },
  );
  return firstPosition + 1; // one append draws its positions in a row
}

describe('projections stop rather than lie (real PostgreSQL)', () => {
  let fx: EventStoreFixture;
  beforeEach(async () => {
    fx = await eventStoreFixture();
  });
  afterEach(() => fx.close());

  it('retries a transient error (a deadlock) with backoff until it succeeds, and records no dead letter', async () => {
    const seen = await seenProjection(fx.dataSource, 'flaky');
    let calls = 0;
    const flaky: Projection = {
      ...seen,
      async apply(events, context) {
        calls += 1;
        if (calls <= 2) throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
        await seen.apply(events, context);
      },
    };
    await fx.store.append(stream('f'), [newEvent(), newEvent()], { expected: 'no_stream' });
    const { runner } = await fx.runner(flaky, { retry: { minMs: 20, maxMs: 200 } });
    runner.start();
    await waitFor(
      () => lagOf(fx, 'flaky'),
      (lag) => lag === 0,
    );
    await runner.stop();

    expect(calls).toBe(3); // two failures (whole batch, not one event at a time), then the batch
    expect(await seenRows(fx.dataSource, 'flaky')).toHaveLength(2);
    expect(await statusOf(fx, 'flaky')).toMatchObject({ deadLetters: 0, halted: null });
    expect(runner.lastError).toBeUndefined();
  });

  it('a reaction waiting for a read model is retried quietly: no error shows while it waits', async () => {
    const seen = await seenProjection(fx.dataSource, 'patient');
    let calls = 0;
    const errorsSeen: (string | undefined)[] = [];
    const watched: { runner?: { lastError?: string } } = {};
    const patient: Projection = {
      ...seen,
      async apply(events, context) {
        calls += 1;
        errorsSeen.push(watched.runner?.lastError);
        if (calls <= 3) throw new WaitingForReadModel('the documents are not built yet');
        await seen.apply(events, context);
      },
    };
    await fx.store.append(stream('w'), [newEvent()], { expected: 'no_stream' });
    const { runner } = await fx.runner(patient, { retry: { minMs: 10, maxMs: 50 } });
    watched.runner = runner;
    runner.start();
    await waitFor(
      () => lagOf(fx, 'patient'),
      (lag) => lag === 0,
    );
    await runner.stop();
    expect(calls).toBe(4);
    expect(errorsSeen).toEqual([undefined, undefined, undefined, undefined]);
    expect(await statusOf(fx, 'patient')).toMatchObject({ deadLetters: 0, halted: null });
  });

  it('a drain does not wait out the backoff of a transient error', async () => {
    const seen = await seenProjection(fx.dataSource, 'locked');
    const locked: Projection = {
      ...seen,
      async apply() {
        throw Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' });
      },
    };
    await fx.store.append(stream('l'), [newEvent()], { expected: 'no_stream' });
    const { runner } = await fx.runner(locked, { retry: { minMs: 60_000, maxMs: 60_000 } });
    runner.start();
    await waitFor(
      async () => runner.lastError,
      (error) => error !== undefined,
    );
    const stopping = Date.now();
    await runner.stop();
    expect(Date.now() - stopping).toBeLessThan(5_000);
    expect(await statusOf(fx, 'locked')).toMatchObject({ lagEvents: 1, deadLetters: 0, halted: null });
  });

  it('halts at an event it cannot apply: keeps what came before, applies nothing after, and says where and why', async () => {
    const { picky } = await pickyProjection(fx);
    const poison = await appendWithPoison(fx);
    const { runner, lease } = await fx.runner(picky);
    await lease.tryAcquire('picky');

    const outcome = await runner.processBatch();
    expect(outcome).toMatchObject({ processed: 1, halted: { position: poison, eventType: 'Poison' } });
    await fx.store.append(stream('p'), [newEvent('Good')], { expected: 3 });
    await waitFor(
      () => lagOf(fx, 'picky'),
      (lag) => lag === 3,
    );
    expect((await runner.processBatch()).halted).toMatchObject({ position: poison });

    expect(await positions(fx)).toEqual([1]); // not 1, 3, 4
    const status = await statusOf(fx, 'picky');
    expect(status).toMatchObject({
      lagEvents: 3,
      position: poison - 1, // the checkpoint is just before the event
      deadLetters: 1,
      halted: { position: poison, eventType: 'Poison', error: 'Error: cannot digest Poison', attempts: 1 },
    });
    expect(await listDeadLetters(fx.dataSource.manager)).toMatchObject([
      { projection: 'picky', status: 'halted', position: poison },
    ]);
  });

  it('a background runner stays halted, and a replay after the fix applies the event and runs on', async () => {
    const { picky, state } = await pickyProjection(fx);
    const poison = await appendWithPoison(fx);
    const worker = await fx.runner(picky);
    worker.runner.start();
    await waitFor(
      () => statusOf(fx, 'picky'),
      (s) => s.halted !== null,
    );
    expect(await positions(fx)).toEqual([1]);

    state.fixed = true; // the fix is deployed
    const cli = await fx.runner(picky);
    // The worker owns the lease: the command lifts the halt and the worker applies the event.
    const replay = await replayHaltedEvent(fx.dataSource, cli.lease, 'picky', 'ops@test', cli.runner);
    expect(replay).toMatchObject({
      outcome: 'applied',
      deadLetter: { status: 'applied', position: poison, handledBy: 'ops@test' },
    });
    await fx.store.append(stream('p'), [newEvent('Good')], { expected: 3 });
    await waitFor(
      () => lagOf(fx, 'picky'),
      (lag) => lag === 0,
    );
    await worker.runner.stop();
    expect(await positions(fx)).toEqual([1, 2, 3, 4]);
    expect(await statusOf(fx, 'picky')).toMatchObject({ halted: null, deadLetters: 1 });
  });

  it('with no worker, the replay applies the event itself; if it still fails it halts again', async () => {
    const { picky, state } = await pickyProjection(fx);
    const poison = await appendWithPoison(fx);
    const { runner, lease } = await fx.runner(picky);
    await lease.tryAcquire('picky');
    await runner.processBatch();
    await lease.release('picky');

    const again = await replayHaltedEvent(fx.dataSource, lease, 'picky', 'ops@test', runner);
    expect(again).toMatchObject({ outcome: 'halted', deadLetter: { status: 'halted', attempts: 2 } });
    expect(await positions(fx)).toEqual([1]);

    state.fixed = true;
    const replay = await replayHaltedEvent(fx.dataSource, lease, 'picky', 'ops@test', runner);
    expect(replay).toMatchObject({ outcome: 'applied', deadLetter: { position: poison } });
    expect(lease.holds('picky')).toBe(false); // handed back for the worker
    await expect(replayHaltedEvent(fx.dataSource, lease, 'picky', 'ops@test')).rejects.toMatchObject({
      code: PROJECTION_ERROR.NOT_HALTED,
    });
  });

  it('skips a halted event only when told which, records who did, and runs on without it', async () => {
    const { picky } = await pickyProjection(fx);
    const poison = await appendWithPoison(fx);
    const { runner, lease } = await fx.runner(picky);
    await lease.tryAcquire('picky');
    await runner.processBatch();

    await expect(skipHaltedEvent(fx.dataSource, 'picky', poison + 1, 'ops@test')).rejects.toMatchObject({
      code: PROJECTION_ERROR.HALTED_ELSEWHERE,
    });
    const skipped = await skipHaltedEvent(fx.dataSource, 'picky', poison, 'ops@test');
    expect(skipped).toMatchObject({ position: poison, eventType: 'Poison' });
    await catchUp(fx, runner);

    expect(await positions(fx)).toEqual([1, 3]);
    expect(await statusOf(fx, 'picky')).toMatchObject({ lagEvents: 0, halted: null, deadLetters: 1 });
    expect(await listDeadLetters(fx.dataSource.manager)).toMatchObject([
      { status: 'skipped', position: poison, handledBy: 'ops@test', handledAt: expect.any(Date) },
    ]);
    await expect(skipHaltedEvent(fx.dataSource, 'picky', poison, 'ops@test')).rejects.toMatchObject({
      code: PROJECTION_ERROR.NOT_HALTED,
    });
  });

  it('a rebuild lifts the halt, and stops with the halt when the event still fails', async () => {
    const { picky, state } = await pickyProjection(fx);
    const poison = await appendWithPoison(fx);
    const { runner, lease } = await fx.runner(picky, { replaying: true });
    await lease.tryAcquire('picky');
    await runner.processBatch();
    await lease.release('picky');

    await expect(rebuildProjection(runner, fx.dataSource, lease)).rejects.toMatchObject({
      code: PROJECTION_ERROR.HALTED,
      details: { position: poison },
    });
    state.fixed = true;
    await rebuildProjection(runner, fx.dataSource, lease);
    expect(await positions(fx)).toEqual([1, 2, 3]);
    expect(await statusOf(fx, 'picky')).toMatchObject({ halted: null, lagEvents: 0 });
  });
});
