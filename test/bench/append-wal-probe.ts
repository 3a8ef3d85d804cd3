/**
 * `npm run bench:store-wal`: where an append's WAL goes. Runs PROBE_APPENDS (2,000)
 * single-event appends to new streams, once right after a CHECKPOINT (full-page images of every
 * page touched first) and once more without one, and as many raw single-row INSERTs, and prints
 * pg_walinspect's bytes per append by resource manager (heap, btree, transaction, …) with the
 * share that is full-page images, and the same for appends that carry a command id and a request
 * fingerprint, as the command loop's do. No pg_stat_statements needed; the server is bench:store's.
 * PROBE_FILL=200000 first stores that many one-event streams (indexes the size of a used store's);
 * PROBE_EMMETT=1 adds Emmett's appends; PROBE_PREVIOUS_APPEND=1 measures es_append as it was before migration 1732367000000.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { QueryRunner } from 'typeorm';
import { EventMetadataWithoutFingerprint1732367000000, PgEventStore } from '#libs/event-store';
import { migratedTestDataSource } from '#libs/testing';
import { benchServer } from './bench-database.js';
import { defaultPool, emmettStore, payload } from './store-peers.js';

const appends = Number(process.env.PROBE_APPENDS ?? 2000);

mkdirSync('.tmp', { recursive: true });
const server = await benchServer();
const database = await migratedTestDataSource();
const admin = defaultPool(database.url, 2);
await admin.query('CREATE EXTENSION IF NOT EXISTS pg_walinspect');
await admin.query('CREATE TABLE bench_raw (id bigserial PRIMARY KEY, data jsonb NOT NULL)');
if (process.env.PROBE_PREVIOUS_APPEND) {
  // For a before/after: es_append as it was before events dropped the request's fingerprint.
  await new EventMetadataWithoutFingerprint1732367000000().down({
    query: (sql: string) => admin.query(sql),
  } as unknown as QueryRunner);
}
const storePool = defaultPool(database.appUrl, 1);
const store = new PgEventStore(storePool);
if (process.env.PROBE_WAL_COMPRESSION) {
  await admin.query(`ALTER SYSTEM SET wal_compression = '${process.env.PROBE_WAL_COMPRESSION}'`);
  await admin.query('SELECT pg_reload_conf()');
}
const fill = Number(process.env.PROBE_FILL ?? 0);
if (fill > 0) {
  // A log of `fill` one-event streams, so the indexes are as large as a used store's.
  await admin.query(
    `WITH s AS (SELECT gen_random_uuid()::text AS id FROM generate_series(1, $1))
     , e AS (INSERT INTO es_events (tenant_id, stream_id, stream_position, event_id, event_type, data)
             SELECT 'bench', id, 1, gen_random_uuid(), 'InformationRecorded', $2::jsonb FROM s RETURNING stream_id)
     INSERT INTO es_streams (tenant_id, stream_id, stream_type, version) SELECT 'bench', stream_id, 'bench', 1 FROM e`,
    [fill, JSON.stringify(payload)],
  );
  await admin.query('VACUUM ANALYZE es_events, es_streams');
}

const ourAppend = () =>
  store.append(
    { tenantId: 'bench', streamId: randomUUID(), streamType: 'bench' },
    [{ eventId: randomUUID(), type: 'InformationRecorded', data: payload }],
    { expected: 'no_stream' },
  );
/** As the command loop appends: a command id and a request fingerprint (sha256s in hex) and an actor. */
const commandAppend = () => {
  const commandId = createHash('sha256').update(randomUUID()).digest('hex');
  return store.append(
    { tenantId: 'bench', streamId: `meeting-${randomUUID()}`, streamType: 'meeting' },
    [
      {
        eventId: randomUUID(),
        type: 'InformationRecorded',
        data: payload,
        metadata: { actor: randomUUID() },
      },
    ],
    { expected: 'no_stream', commandId, fingerprint: createHash('sha256').update(commandId).digest('hex') },
  );
};
const rawInsert = () => admin.query('INSERT INTO bench_raw (data) VALUES ($1)', [JSON.stringify(payload)]);

async function probe(label: string, work: () => Promise<unknown>, checkpointFirst: boolean) {
  if (checkpointFirst) await admin.query('CHECKPOINT');
  const start = (await admin.query<{ lsn: string }>('SELECT pg_current_wal_lsn() AS lsn')).rows[0].lsn;
  const started = performance.now();
  for (let i = 0; i < appends; i += 1) await work();
  const ms = performance.now() - started;
  const end = (await admin.query<{ lsn: string }>('SELECT pg_current_wal_lsn() AS lsn')).rows[0].lsn;
  const { rows } = await admin.query<{ resource_manager: string; bytes: string; fpi: string; count: string }>(
    `SELECT "resource_manager/record_type" AS resource_manager, sum(combined_size) AS bytes, sum(fpi_size) AS fpi, sum(count) AS count
     FROM pg_get_wal_stats($1, $2) WHERE count > 0 GROUP BY 1 ORDER BY 2 DESC`,
    [start, end],
  );
  const total = rows.reduce((sum, r) => sum + Number(r.bytes), 0);
  const fpi = rows.reduce((sum, r) => sum + Number(r.fpi), 0);
  console.log(
    `${label}: ${(total / appends).toFixed(0)} B WAL per call (${((100 * fpi) / total).toFixed(0)} % full-page images), ` +
      `${(ms / appends).toFixed(3)} ms per call on one connection`,
  );
  for (const r of rows)
    console.log(
      `  ${r.resource_manager.padEnd(12)} ${(Number(r.bytes) / appends).toFixed(0).padStart(6)} B  ` +
        `${(Number(r.count) / appends).toFixed(2)} records  fpi ${(Number(r.fpi) / appends).toFixed(0)} B`,
    );
}

await probe('warm-up (ours)', ourAppend, false);
await probe('ours after a checkpoint', ourAppend, true);
await probe('ours, no checkpoint', ourAppend, false);
await probe('ours with a command id, no checkpoint', commandAppend, false);
const emmett = process.env.PROBE_EMMETT ? await emmettStore(database.url) : undefined;
if (emmett) {
  await probe('Emmett after a checkpoint', () => emmett.appendNew(1), true);
  await probe('Emmett, no checkpoint', () => emmett.appendNew(1), false);
}
await probe('raw after a checkpoint', rawInsert, true);
await probe('raw, no checkpoint', rawInsert, false);
const sizes = await admin.query(
  `SELECT relname, pg_relation_size(oid) AS bytes FROM pg_class
   WHERE relname LIKE 'es_%' AND relkind IN ('r', 'i') AND pg_relation_size(oid) > 0 ORDER BY 2 DESC`,
);
console.log(sizes.rows.map((r) => `${r.relname} ${Math.round(Number(r.bytes) / 1024)} KiB`).join(', '));

await emmett?.close();
await storePool.end();
await admin.end();
await database.close();
await server.stop();
