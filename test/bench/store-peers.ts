/**
 * The two event stores bench:store compares, behind one small interface: ours (PgEventStore) and
 * Emmett's PostgreSQL store, each with its own pool of the same size on the same database.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ConcurrencyError, LOG_START, PgEventStore, type LogPosition } from '#libs/event-store';
import {
  getPostgreSQLEventStore,
  readMessagesBatch,
  type PostgresEventStore,
} from '@event-driven-io/emmett-postgresql';
import { STREAM_DOES_NOT_EXIST, isExpectedVersionConflictError } from '@event-driven-io/emmett';
import { dumbo, type Dumbo } from '@event-driven-io/dumbo';

export const payload = {
  title: 'Föregående protokoll',
  text: 'Inget att anmärka. Åtgärd följs upp i nästa möte.',
};
export const POOL_SIZE = 10;

/**
 * Emmett's driver (dumbo) sets pg's global type parsers (int8 as BigInt, its own JSON reader).
 * Our store and the raw reference keep pg's defaults through their own parsers, so each side
 * runs as it would alone.
 */
const defaultTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20
      ? (value: string) => value
      : oid === 114 || oid === 3802
        ? (value: string) => JSON.parse(value) as unknown
        : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

export function defaultPool(url: string, max = POOL_SIZE): pg.Pool {
  return new pg.Pool({ connectionString: url, max, types: defaultTypes });
}

/** One page of a catch-up read: the global positions read and where the next page starts. */
export interface Page {
  positions: number[];
  next: unknown;
}

export interface PeerStore {
  readonly name: string;
  /** Appends `count` events to a stream that does not exist yet. */
  appendNew(count: number): Promise<void>;
  /** Appends one event at `version`; on a conflict answers the stream's version, read again. */
  appendAt(streamId: string, version: number): Promise<{ ok: boolean; version: number }>;
  /** Reads the global log in position order (as a subscriber would), after `cursor`. */
  readPage(cursor: unknown, limit: number): Promise<Page>;
  readonly start: unknown;
  /** Events stored, and the highest global position (for the catch-up's seen-map). */
  census(): Promise<{ count: number; maxPosition: number }>;
  close(): Promise<void>;
}

const events = (count: number) =>
  Array.from({ length: count }, () => ({
    eventId: randomUUID(),
    type: 'InformationRecorded',
    data: payload,
  }));

export function ourStore(url: string): PeerStore {
  const pool = defaultPool(url);
  const store = new PgEventStore(pool);
  const ref = (streamId: string) => ({ tenantId: 'bench', streamId, streamType: 'bench' });
  return {
    name: 'ours',
    start: LOG_START,
    async appendNew(count) {
      await store.append(ref(randomUUID()), events(count), { expected: 'no_stream' });
    },
    async appendAt(streamId, version) {
      try {
        const result = await store.append(ref(streamId), events(1), { expected: version });
        return { ok: true, version: result.nextExpectedVersion };
      } catch (error) {
        if (error instanceof ConcurrencyError) return { ok: false, version: error.actual };
        throw error;
      }
    },
    async readPage(cursor, limit) {
      const page = await store.readLog(cursor as LogPosition, limit);
      const last = page.at(-1);
      return {
        positions: page.map((event) => event.globalPosition),
        next: last ? { transactionId: last.transactionId, globalPosition: last.globalPosition } : cursor,
      };
    },
    async census() {
      const { rows } = await pool.query(
        'SELECT count(*) AS n, coalesce(max(global_position), 0) AS max FROM es_events',
      );
      return { count: Number(rows[0].n), maxPosition: Number(rows[0].max) };
    },
    close: () => pool.end(),
  };
}

/**
 * Emmett's store as its documentation sets it up (getPostgreSQLEventStore, schema created on first
 * use). Its catch-up is what its consumers' message puller does: readMessagesBatch after the last
 * global position. A conflict carries no version (Emmett reports -1), and its only public way to
 * learn one is reading the whole stream, so the version is read from its streams table instead.
 */
export async function emmettStore(url: string): Promise<PeerStore> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  const store: PostgresEventStore = getPostgreSQLEventStore(url, { connectionOptions: { pool } });
  const reader: Dumbo = dumbo({ connectionString: url, pool });
  await store.schema.migrate();
  const emmettEvents = (count: number) =>
    events(count).map(({ eventId, type, data }) => ({ type, data, metadata: { messageId: eventId } }));
  return {
    name: 'Emmett',
    start: 0n,
    async appendNew(count) {
      await store.appendToStream(`bench-${randomUUID()}`, emmettEvents(count), {
        expectedStreamVersion: STREAM_DOES_NOT_EXIST,
      });
    },
    async appendAt(streamId, version) {
      try {
        const result = await store.appendToStream(`bench-${streamId}`, emmettEvents(1), {
          expectedStreamVersion: BigInt(version),
        });
        return { ok: true, version: Number(result.nextExpectedStreamVersion) };
      } catch (error) {
        if (!isExpectedVersionConflictError(error)) throw error;
        const { rows } = await pool.query('SELECT stream_position FROM emt_streams WHERE stream_id = $1', [
          `bench-${streamId}`,
        ]);
        return { ok: false, version: Number(rows[0]?.stream_position ?? 0) };
      }
    },
    async readPage(cursor, limit) {
      const { messages, currentGlobalPosition } = await readMessagesBatch(reader.execute, {
        after: cursor as bigint,
        batchSize: limit,
      });
      return {
        positions: messages.map((m) => Number(m.metadata.globalPosition)),
        next: currentGlobalPosition,
      };
    },
    async census() {
      const { rows } = await pool.query(
        'SELECT count(*) AS n, coalesce(max(global_position), 0) AS max FROM emt_messages',
      );
      return { count: Number(rows[0].n), maxPosition: Number(rows[0].max) };
    },
    async close() {
      await store.close();
      await pool.end().catch(() => undefined);
    },
  };
}
