import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  type NewEvent,
  PgEventStore,
  type Projection,
  ProjectionLeases,
  ProjectionRunner,
  type RunnerOptions,
  readProjectionStatus,
  type StoredEvent,
  UpcasterChain,
} from '#libs/event-store';
import { createPgPool } from '#libs/database';
import { migratedTestDataSource } from '#libs/testing';
import { waitFor } from './wait-for.js';

/** Runner errors surface in the test output instead of vanishing. */
const runnerLogger = {
  log: () => undefined,
  warn: (message: unknown) => console.warn(`projection runner: ${String(message)}`),
  error: (message: unknown) => console.error(`projection runner: ${String(message)}`),
};

/** A migrated database of its own, a pg pool and a store on it. */
export async function eventStoreFixture(upcasters?: UpcasterChain) {
  const database = await migratedTestDataSource();
  const pool = createPgPool(database.url, 40, runnerLogger);
  const store = new PgEventStore(pool, upcasters);
  const leases: ProjectionLeases[] = [];
  return {
    ...database,
    pool,
    store,
    /** A runner with its own lease connection, as a separate worker process would have. */
    async runner(projection: Projection, options: Partial<RunnerOptions> = {}) {
      const lease = new ProjectionLeases(database.url);
      await lease.open();
      leases.push(lease);
      const runner = new ProjectionRunner(
        projection,
        database.dataSource,
        store,
        lease,
        {
          batchSize: 500,
          pollMs: 20,
          standbyMs: 50,
          ...options,
        },
        runnerLogger,
      );
      await runner.prepare();
      return { runner, lease };
    },
    async close() {
      await Promise.all(leases.map((lease) => lease.close()));
      await pool.end();
      await database.close();
    },
  };
}

export type EventStoreFixture = Awaited<ReturnType<typeof eventStoreFixture>>;

export function newEvent(type = 'Tested', data: unknown = {}): NewEvent {
  return { eventId: randomUUID(), type, data };
}

export function stream(streamId: string, tenantId = 'tenant-a') {
  return { tenantId, streamId, streamType: 'test' };
}

/**
 * A read model that records every event it applies in a table without a unique key, so an event
 * applied twice shows up as two rows instead of an error.
 */
export async function seenProjection(
  dataSource: DataSource,
  name = 'seen',
  kind: Projection['kind'] = 'read-model',
): Promise<Projection> {
  const table = `${name.replace(/\W/g, '_')}_rows`;
  await dataSource.query(
    `CREATE TABLE IF NOT EXISTS ${table} (event_id uuid NOT NULL, stream_id text NOT NULL, stream_position bigint NOT NULL, applied_order bigserial)`,
  );
  return {
    name,
    kind,
    async apply(events: readonly StoredEvent[], { manager }) {
      await manager.query(
        `INSERT INTO ${table} (event_id, stream_id, stream_position)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::bigint[])`,
        [events.map((e) => e.eventId), events.map((e) => e.streamId), events.map((e) => e.streamPosition)],
      );
    },
    async reset({ manager }) {
      await manager.query(`TRUNCATE ${table}`);
    },
  };
}

export async function seenRows(dataSource: DataSource, name = 'seen') {
  const rows: { event_id: string; stream_id: string; stream_position: string }[] = await dataSource.query(
    `SELECT event_id, stream_id, stream_position FROM ${name.replace(/\W/g, '_')}_rows ORDER BY applied_order`,
  );
  return rows.map((row) => ({
    eventId: row.event_id,
    streamId: row.stream_id,
    streamPosition: Number(row.stream_position),
  }));
}

/**
 * Runs batches until nothing committed is left after the checkpoint. An empty batch alone does not
 * mean that: the fence is cluster-wide, so a long transaction in another database (another test
 * file) holds it back for a while.
 */
export async function catchUp(fx: EventStoreFixture, runner: ProjectionRunner): Promise<void> {
  await waitFor(
    async () => {
      await runner.processBatch();
      return lagOf(fx, runner.projection.name);
    },
    (lag) => lag === 0,
  );
}

/** Committed events a projection has not applied yet. */
export async function lagOf(fx: EventStoreFixture, projection: string): Promise<number> {
  const status = await readProjectionStatus(fx.dataSource.manager);
  return status.find((s) => s.projection === projection)?.lagEvents ?? Number.NaN;
}
