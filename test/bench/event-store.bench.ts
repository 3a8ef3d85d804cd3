/**
 * `npm run bench:store`: our event store beside Emmett's PostgreSQL store, the same workloads on
 * the same server in the same run, with raw pg single-row INSERT transactions as the physical
 * reference. Prints one table of medians; asserts nothing (figures for the README, not a timed
 * test). BENCH_ROUNDS (3) rounds of BENCH_SECONDS (5) s phases; catch-up of BENCH_CATCHUP_BASE
 * (100,000) and BENCH_CATCHUP_EVENTS (500,000; the figure is 2,000,000) events.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import {
  PgEventStore,
  ProjectionLeases,
  ProjectionRunner,
  rebuildProjection,
  streamActivityProjection,
} from '#libs/event-store';
import { migratedTestDataSource } from '#libs/testing';
import { benchServer } from './bench-database.js';
import { catchUp, type CatchUpResult } from './catch-up.js';
import { measure, row } from './measure.js';
import { defaultPool, emmettStore, ourStore, payload, type PeerStore } from './store-peers.js';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const pageSize = Number(process.env.BENCH_PAGE ?? 5000);
const catchUpBase = Number(process.env.BENCH_CATCHUP_BASE ?? 100_000);
const catchUpLarge = Number(process.env.BENCH_CATCHUP_EVENTS ?? 500_000);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const progress = (message: string) => process.stderr.write(`${message}\n`);

mkdirSync('.tmp', { recursive: true });
const server = await benchServer();
const database = await migratedTestDataSource();
const rawPool = defaultPool(database.url);
await rawPool.query('CREATE TABLE bench_raw (id bigserial PRIMARY KEY, data jsonb NOT NULL)');
const rawInsert = (writers: number) =>
  measure(writers, seconds, async () => {
    await rawPool.query('INSERT INTO bench_raw (data) VALUES ($1)', [JSON.stringify(payload)]);
    return 1;
  });
const stores: PeerStore[] = [ourStore(database.url), await emmettStore(database.url)];

/** rates[workload][side] = one figure per round; side is a store's name or 'raw'. */
const rates = new Map<string, Map<string, number[]>>();
const record = (workload: string, side: string, value: number) => {
  const sides = rates.get(workload) ?? new Map<string, number[]>();
  rates.set(workload, sides.set(side, [...(sides.get(side) ?? []), value]));
};
const conflicts = new Map<string, number[]>();
const liveCatchUp = new Map<string, CatchUpResult[]>();

const appendWorkloads = [
  { name: 'new stream, 1 event, 1 writer', writers: 1, events: 1 },
  { name: 'new stream, 1 event, 8 writers', writers: 8, events: 1 },
  { name: 'new stream, 10 events, 8 writers', writers: 8, events: 10 },
] as const;
const HOT = 'hot stream, 8 editors, expected versions';
const LIVE = 'catch-up while 8 writers append';

async function hotStream(store: PeerStore, round: number) {
  const streamId = `hot-${round}-${Date.now()}`;
  let refused = 0;
  const versions = new Array<number>(8).fill(0);
  const result = await measure(8, seconds, async (editor) => {
    const outcome = await store.appendAt(streamId, versions[editor]);
    versions[editor] = outcome.version;
    if (!outcome.ok) refused += 1;
    return outcome.ok ? 1 : 0;
  });
  return { appended: result.perSecond, conflicts: refused / seconds };
}

async function whileWriting(store: PeerStore) {
  const writing = measure(8, seconds, async () => {
    await store.appendNew(1);
    return 1;
  });
  return catchUp(store, pageSize, writing);
}

console.log(
  `event-store benchmark on ${server.label}, ${os.cpus().length} cores: ${rounds} rounds of ${seconds} s phases, medians\n`,
);
for (let round = 1; round <= rounds; round += 1) {
  progress(`round ${round}/${rounds}`);
  record('raw 1', 'raw', (await rawInsert(1)).callsPerSecond);
  record('raw 8', 'raw', (await rawInsert(8)).callsPerSecond);
  // The order of the two stores alternates by round, so neither always runs on a warmer server.
  const ordered = round % 2 ? stores : [...stores].reverse();
  for (const workload of appendWorkloads)
    for (const store of ordered) {
      const result = await measure(workload.writers, seconds, async () => {
        await store.appendNew(workload.events);
        return 1;
      });
      record(workload.name, store.name, result.callsPerSecond);
    }
  for (const store of ordered) {
    const hot = await hotStream(store, round);
    record(HOT, store.name, hot.appended);
    conflicts.set(store.name, [...(conflicts.get(store.name) ?? []), hot.conflicts]);
  }
  for (const store of ordered) {
    const result = await whileWriting(store);
    record(LIVE, store.name, result.perSecond);
    liveCatchUp.set(store.name, [...(liveCatchUp.get(store.name) ?? []), result]);
  }
}

// Catch-up of a quiet log, in a database of its own so its size is what the row says.
const catchUpDatabase = await migratedTestDataSource();
const catchUpStores: PeerStore[] = [ourStore(catchUpDatabase.url), await emmettStore(catchUpDatabase.url)];
const catchUpRaw = defaultPool(catchUpDatabase.url);
const quietCatchUp = new Map<string, CatchUpResult[]>();

async function fill(store: PeerStore, total: number) {
  const perAppend = 100;
  let stored = (await store.census()).count;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (stored < total) {
        stored += perAppend;
        await store.appendNew(perAppend);
      }
    }),
  );
  progress(
    `${store.name}: ${stored.toLocaleString('en-US')} events (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
}

/** The physical reference: a keyset scan of our events table, no fence, no mapping. */
async function rawScan(): Promise<number> {
  let after = 0;
  let read = 0;
  const started = performance.now();
  for (;;) {
    const { rows } = await catchUpRaw.query(
      'SELECT global_position, stream_id, stream_position, event_id, event_type, data, metadata FROM es_events WHERE global_position > $1 ORDER BY global_position LIMIT $2',
      [after, pageSize],
    );
    if (rows.length === 0) break;
    read += rows.length;
    after = Number(rows[rows.length - 1].global_position);
  }
  return read / ((performance.now() - started) / 1000);
}

for (const size of [catchUpBase, catchUpLarge]) {
  for (const store of catchUpStores) await fill(store, size);
  const workload = `catch-up of ${size.toLocaleString('en-US')} events, pages of ${pageSize.toLocaleString('en-US')}`;
  for (let round = 1; round <= rounds; round += 1) {
    progress(`${workload}: round ${round}/${rounds}`);
    record(workload, 'raw', await rawScan());
    for (const store of round % 2 ? catchUpStores : [...catchUpStores].reverse()) {
      const result = await catchUp(store, pageSize);
      record(workload, store.name, result.perSecond);
      quietCatchUp.set(store.name, [...(quietCatchUp.get(store.name) ?? []), result]);
    }
  }
}

const baseWorkload = `catch-up of ${catchUpBase.toLocaleString('en-US')} events, pages of ${pageSize.toLocaleString('en-US')}`;
const largeWorkload = `catch-up of ${catchUpLarge.toLocaleString('en-US')} events, pages of ${pageSize.toLocaleString('en-US')}`;
const targets: Record<string, string> = {
  [appendWorkloads[0].name]: '≥ 60 % of raw',
  [appendWorkloads[1].name]: '≥ 2× Emmett, ≥ 60 % of raw',
  [HOT]: '≥ 2× Emmett',
  [baseWorkload]: '≥ 5× Emmett',
  [largeWorkload]: `≥ 5× Emmett; ≥ 80 % of the rate at ${catchUpBase.toLocaleString('en-US')}`,
};
const rawFor: Record<string, string> = {
  [appendWorkloads[0].name]: 'raw 1',
  [appendWorkloads[1].name]: 'raw 8',
  [appendWorkloads[2].name]: 'raw 8',
  [HOT]: 'raw 8',
};
const at = (workload: string, side: string) => median(rates.get(workload)?.get(side) ?? [Number.NaN]);

console.log(
  'Appends and hot stream: appends/s (a 10-event append counts once); catch-up: events/s. Raw reference: ' +
    'single-row INSERT transactions/s on as many connections (catch-up: a keyset scan of our events table).\n',
);
console.log(row(['workload', 'ours', 'Emmett', 'ours / Emmett', 'raw reference', 'ours % of raw', 'target']));
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const workload of [...appendWorkloads.map((w) => w.name), HOT, LIVE, baseWorkload, largeWorkload]) {
  const ours = at(workload, 'ours');
  const emmett = at(workload, 'Emmett');
  const raw = workload in rawFor ? at(rawFor[workload], 'raw') : at(workload, 'raw');
  const hasRaw = Number.isFinite(raw);
  const scaled =
    workload === largeWorkload
      ? ` (${Math.round((100 * ours) / at(baseWorkload, 'ours'))} % of the smaller)`
      : '';
  console.log(
    row([
      workload,
      ours,
      emmett,
      `${(ours / emmett).toFixed(2)}×`,
      hasRaw ? raw : '',
      hasRaw ? `${Math.round((100 * ours) / raw)} %${scaled}` : scaled,
      targets[workload] ?? '',
    ]),
  );
}

const sum = (results: CatchUpResult[] | undefined, key: 'missed' | 'duplicated') =>
  (results ?? []).reduce((total, result) => total + result[key], 0);
console.log('\nCatch-up correctness over all rounds (every global position read is marked):\n');
console.log(
  row([
    'store',
    'conflicts/s on the hot stream',
    'missed / duplicated while writing',
    'missed / duplicated quiet',
  ]),
);
console.log('|---|---:|---:|---:|');
for (const store of stores)
  console.log(
    row([
      store.name,
      median(conflicts.get(store.name) ?? [Number.NaN]),
      `${sum(liveCatchUp.get(store.name), 'missed')} / ${sum(liveCatchUp.get(store.name), 'duplicated')}`,
      `${sum(quietCatchUp.get(store.name), 'missed')} / ${sum(quietCatchUp.get(store.name), 'duplicated')}`,
    ]),
  );

// Our projection rebuild over the large log, as before (no Emmett counterpart is measured here).
const leases = new ProjectionLeases(catchUpDatabase.url);
await leases.open();
const rebuildPool = defaultPool(catchUpDatabase.url);
const runner = new ProjectionRunner(
  streamActivityProjection,
  catchUpDatabase.dataSource,
  new PgEventStore(rebuildPool),
  leases,
  { batchSize: 5000, pollMs: 100, replaying: true },
);
const rebuildStarted = performance.now();
const rebuilt = await rebuildProjection(runner, catchUpDatabase.dataSource, leases);
console.log(
  `\nrebuild stream-activity from ${rebuilt.processed.toLocaleString('en-US')} events: ${Math.round(
    rebuilt.processed / ((performance.now() - rebuildStarted) / 1000),
  ).toLocaleString('en-US')} events/s`,
);

await leases.close();
await rebuildPool.end();
for (const store of [...stores, ...catchUpStores]) await store.close();
await rawPool.end();
await catchUpRaw.end();
await database.close();
await catchUpDatabase.close();
await server.stop();
