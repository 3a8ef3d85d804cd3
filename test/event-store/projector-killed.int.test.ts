import { type ChildProcess, spawn } from 'node:child_process';
import { readCheckpoint } from '#libs/event-store';
import {
  type EventStoreFixture,
  eventStoreFixture,
  newEvent,
  seenProjection,
  seenRows,
  stream,
} from './event-store-fixture.js';

function startProjectorProcess(url: string): {
  child: ChildProcess;
  batches: () => number;
  exited: Promise<number | null>;
} {
  const child = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'test/event-store/fixtures/slow-projector-process.ts'],
    {
      env: { ...process.env, DATABASE_URL: url, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let batches = 0;
  child.stdout!.on(
    'data',
    (chunk: Buffer) => (batches += (chunk.toString().match(/^batch [1-9]/gm) ?? []).length),
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, batches: () => batches, exited };
}

describe('a projector process killed with SIGKILL mid-batch (real PostgreSQL)', () => {
  let fx: EventStoreFixture;
  beforeAll(async () => {
    fx = await eventStoreFixture();
  });
  afterAll(() => fx.close());

  it('resumes from its checkpoint without applying anything twice', async () => {
    await seenProjection(fx.dataSource); // creates the seen_rows table
    for (let i = 0; i < 40; i++) {
      await fx.store.append(
        stream(`k-${i % 5}`),
        Array.from({ length: 25 }, () => newEvent()),
        { expected: 'any' },
      );
    }

    const first = startProjectorProcess(fx.url);
    const deadline = Date.now() + 60_000;
    while (first.batches() < 5 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 17)); // land inside a batch's pg_sleep
    first.child.kill('SIGKILL');
    await first.exited;

    // What the killed process left: read-model rows exactly match its checkpoint, no half batch.
    // Read in one snapshot: a COMMIT the killed client had already sent may still land on the
    // server after the process is gone, and must not fall between reading the checkpoint and the rows.
    const { afterKill, upToCheckpoint } = await fx.dataSource.transaction(
      'REPEATABLE READ',
      async (manager) => {
        const checkpoint = await readCheckpoint(manager, 'seen');
        const counted: { n: string }[] = await manager.query(
          'SELECT count(*) AS n FROM es_events WHERE (transaction_id, global_position) <= ($1::xid8, $2::bigint)',
          [checkpoint.transactionId, checkpoint.globalPosition],
        );
        const seen: { n: string }[] = await manager.query('SELECT count(*) AS n FROM seen_rows');
        return { afterKill: Number(seen[0].n), upToCheckpoint: Number(counted[0].n) };
      },
    );
    expect(afterKill).toBeGreaterThan(0);
    expect(afterKill).toBeLessThan(1000);
    expect(afterKill).toBe(upToCheckpoint);

    const second = startProjectorProcess(fx.url);
    expect(await second.exited).toBe(0);
    const seen = await seenRows(fx.dataSource);
    expect(seen).toHaveLength(1000);
    expect(new Set(seen.map((row) => row.eventId)).size).toBe(1000);
  }, 120_000);
});
