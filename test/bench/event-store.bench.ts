/**
 * `npm run bench:store`: event-store throughput and latency, with raw pg single-row INSERT
 * transactions on the same server in the same run as the physical reference. Prints a table;
 * asserts nothing (figures for the README, not a timed test). BENCH_SECONDS sets each phase.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import {
  PgEventStore,
  ProjectionLeases,
  ProjectionRunner,
  rebuildProjection,
  streamActivityProjection,
} from '#libs/event-store';
import { migratedTestDataSource } from '#libs/testing';
import { benchServer } from './bench-database.js';
import { measure, row } from './measure.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
mkdirSync('.tmp', { recursive: true });
const server = await benchServer();
const database = await migratedTestDataSource();
const pool = new pg.Pool({ connectionString: database.url, max: 10 });
const store = new PgEventStore(pool);
const lines: string[] = [];
const print = (line: string) => {
  lines.push(line);
  console.log(line);
};

await pool.query('CREATE TABLE bench_raw (id bigserial PRIMARY KEY, data jsonb NOT NULL)');
const payload = { title: 'Föregående protokoll', text: 'Inget att anmärka. Åtgärd följs upp i nästa möte.' };
const raw = async (writers: number) =>
  measure(writers, seconds, async () => {
    await pool.query('INSERT INTO bench_raw (data) VALUES ($1)', [JSON.stringify(payload)]);
    return 1;
  });
const append = (writers: number, perAppend: number) =>
  measure(writers, seconds, async (worker) => {
    const events = Array.from({ length: perAppend }, () => ({
      eventId: randomUUID(),
      type: 'InformationRecorded',
      data: payload,
    }));
    const streamId = `bench-${worker}-${Math.floor(Math.random() * 50)}`;
    await store.append({ tenantId: 'bench', streamId, streamType: 'bench' }, events, { expected: 'any' });
    return perAppend;
  });

console.log(`event-store benchmark on ${server.label}, ${os.cpus().length} cores, ${seconds} s per phase\n`);
const raw1 = await raw(1);
const raw8 = await raw(8);
type Measured = Awaited<ReturnType<typeof measure>>;
const printMeasured = (label: string, result: Measured, reference: Measured) =>
  print(
    row([
      label,
      result.perSecond,
      result.callsPerSecond,
      result.p50.toFixed(2),
      result.p99.toFixed(2),
      `${Math.round((100 * result.callsPerSecond) / reference.callsPerSecond)} %`,
    ]),
  );

print(row(['scenario', 'events/s', 'appends/s', 'p50 ms', 'p99 ms', 'vs raw INSERT (transactions/s)']));
print('|---|---:|---:|---:|---:|---:|');
printMeasured('raw pg INSERT, 1 connection', raw1, raw1);
printMeasured('raw pg INSERT, 8 connections', raw8, raw8);
for (const [writers, perAppend] of [
  [1, 1],
  [8, 1],
  [1, 10],
  [8, 10],
] as const) {
  const result = await append(writers, perAppend);
  printMeasured(`append ${perAppend} event(s), ${writers} writer(s)`, result, writers === 1 ? raw1 : raw8);
}

const { rows } = await pool.query('SELECT count(*) AS n FROM es_events');
const total = Number(rows[0].n);
let read = 0;
let from = { transactionId: '0', globalPosition: 0 };
const readStarted = performance.now();
for (;;) {
  const page = await store.readLog(from, 5000);
  if (page.length === 0) break;
  read += page.length;
  from = page[page.length - 1];
}
const readRate = read / ((performance.now() - readStarted) / 1000);
print(
  row([
    `catch-up read of ${total.toLocaleString('en-US')} events (fenced, pages of 5,000)`,
    readRate,
    '',
    '',
    '',
    '',
  ]),
);

const leases = new ProjectionLeases(database.url);
await leases.open();
const runner = new ProjectionRunner(streamActivityProjection, database.dataSource, store, leases, {
  batchSize: 5000,
  pollMs: 100,
  replaying: true,
});
const rebuildStarted = performance.now();
const rebuilt = await rebuildProjection(runner, database.dataSource, leases);
const rebuildRate = rebuilt.processed / ((performance.now() - rebuildStarted) / 1000);
print(
  row([
    `rebuild stream-activity from ${rebuilt.processed.toLocaleString('en-US')} events`,
    rebuildRate,
    '',
    '',
    '',
    '',
  ]),
);

await leases.close();
await pool.end();
await database.close();
await server.stop();
