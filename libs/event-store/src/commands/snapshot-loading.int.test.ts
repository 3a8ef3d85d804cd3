import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import type { Pool } from 'pg';
import { createPgPool } from '#libs/database';
import type { Decider } from '#libs/ddd';
import { type MigratedTestDataSource, migratedTestDataSource } from '#libs/testing';
import { PgEventStore } from '../store/pg-event-store.js';
import type { SnapshotPolicy } from '../store/snapshots.js';
import { streamRef } from '../store/stream-refs.js';
import { type CommandEnvelope, CommandLoop } from './command-loop.js';
import { StreamReader } from './stream-reader.js';

/** A ledger of the loop's own: every entry changes the state, so a lost or doubled event shows. */
type LedgerCommand = { type: 'Book'; data: { entry: string; amount: number } };
type LedgerEvent = { type: 'Booked'; data: { entry: string; amount: number } };
interface LedgerState {
  entries: string[];
  total: number;
  byEntry: Record<string, number>;
}

const ledgerDecider: Decider<LedgerCommand, LedgerEvent, LedgerState> = {
  initialState: () => ({ entries: [], total: 0, byEntry: {} }),
  decide: (command) => [{ type: 'Booked', data: command.data }],
  evolve: (state, { data }) => ({
    entries: [...state.entries, data.entry],
    total: state.total + data.amount,
    byEntry: { ...state.byEntry, [data.entry]: (state.byEntry[data.entry] ?? 0) + data.amount },
  }),
};

const POLICY: SnapshotPolicy = { schema: 'ledger/1', every: 10 };

describe('snapshots: a command reads the newest snapshot and the events after it', () => {
  let database: MigratedTestDataSource;
  let pool: Pool;
  let appPool: Pool;
  let store: PgEventStore;
  let loop: CommandLoop;
  let reader: StreamReader;

  beforeAll(async () => {
    database = await migratedTestDataSource();
    pool = createPgPool(database.url, 5);
    // As the service logs in: the app role must read and write the snapshots itself.
    appPool = createPgPool(database.appUrl, 5);
    store = new PgEventStore(appPool);
    loop = new CommandLoop(store);
    reader = new StreamReader(store);
  });
  afterAll(async () => {
    await appPool.end();
    await pool.end();
    await database.close();
  });

  const envelope: CommandEnvelope = { actor: 'p-jenny', correlationId: 'corr-1' };
  const ledger = () => streamRef('ledger', `tenant-${randomUUID()}`, 'l-1');
  const book = (stream: ReturnType<typeof ledger>, n: number, policy: SnapshotPolicy | undefined = POLICY) =>
    loop.execute({
      stream,
      decider: ledgerDecider,
      snapshots: policy,
      envelope,
      createsStream: true,
      command: (): LedgerCommand => ({ type: 'Book', data: { entry: `e-${n % 7}`, amount: n } }),
    });
  const snapshotRows = async (stream: ReturnType<typeof ledger>) =>
    (
      await pool.query<{ state_schema: string; stream_version: string }>(
        'SELECT state_schema, stream_version FROM es_snapshots WHERE tenant_id = $1 AND stream_id = $2 ORDER BY state_schema',
        [stream.tenantId, stream.streamId],
      )
    ).rows.map((row) => ({ schema: row.state_schema, version: Number(row.stream_version) }));

  it('gives exactly the state of a fold from the start, at every version', async () => {
    const stream = ledger();
    for (let n = 1; n <= 35; n++) {
      const executed = await book(stream, n);
      const full = await reader.load(stream, ledgerDecider);
      const snapshotted = await reader.load(stream, ledgerDecider, POLICY);
      expect(snapshotted.state).toStrictEqual(full.state);
      expect(snapshotted.version).toBe(full.version);
      expect(executed.state).toStrictEqual(full.state);
      // Taken every 10 events: the read starts at the newest and reads fewer than 10 after it.
      expect(snapshotted.snapshotVersion).toBe(Math.floor(n / 10) * 10);
    }
    expect(await snapshotRows(stream)).toEqual([{ schema: 'ledger/1', version: 30 }]);
  });

  it('ignores a snapshot of another schema and replaces it with its own', async () => {
    const stream = ledger();
    for (let n = 1; n <= 10; n++) await book(stream, n);
    // A snapshot of another evolve, with a state this one would never make.
    await pool.query(
      `UPDATE es_snapshots SET state = '{"entries":[],"total":-1,"byEntry":{}}' WHERE stream_id = $1 AND tenant_id = $2`,
      [stream.streamId, stream.tenantId],
    );
    const changed: SnapshotPolicy = { schema: 'ledger/2', every: 10 };
    const loaded = await reader.load(stream, ledgerDecider, changed);
    expect(loaded.snapshotVersion).toBe(0);
    expect(loaded.state.total).toBe(55);
    // The first command under the new schema finds none of its own, so takes one at once.
    for (let n = 11; n <= 20; n++) await book(stream, n, changed);
    expect(await snapshotRows(stream)).toEqual([{ schema: 'ledger/2', version: 11 }]);
  });

  it('ignores a snapshot whose event is not the stream’s (a restore of a shorter or other history)', async () => {
    const stream = ledger();
    for (let n = 1; n <= 12; n++) await book(stream, n);
    // Ahead of the stream, as after restoring an older backup next to a kept snapshot.
    await pool.query(
      'UPDATE es_snapshots SET stream_version = 40, state = \'{"entries":[],"total":-1,"byEntry":{}}\' WHERE stream_id = $1 AND tenant_id = $2',
      [stream.streamId, stream.tenantId],
    );
    const ahead = await reader.load(stream, ledgerDecider, POLICY);
    expect(ahead).toMatchObject({ version: 12, snapshotVersion: 0, state: { total: 78 } });
    // At a version the stream has, but folded from another event there.
    await pool.query(
      'UPDATE es_snapshots SET stream_version = 10, event_id = $3 WHERE stream_id = $1 AND tenant_id = $2',
      [stream.streamId, stream.tenantId, randomUUID()],
    );
    expect(await reader.load(stream, ledgerDecider, POLICY)).toMatchObject({ snapshotVersion: 0 });
    // The next command replaces the invalid one, though its version is not higher.
    await book(stream, 13);
    expect(await snapshotRows(stream)).toEqual([{ schema: 'ledger/1', version: 13 }]);
  });

  it('keeps the newest snapshot when writers race, and never fails a command for one', async () => {
    const stream = ledger();
    for (let n = 1; n <= 25; n++) await book(stream, n);
    const state = (await reader.load(stream, ledgerDecider)).state;
    // An older writer arriving late does not replace the newer snapshot.
    await store.snapshots.write(stream, POLICY.schema, 5, { entries: [], total: -5, byEntry: {} });
    expect(await snapshotRows(stream)).toEqual([{ schema: 'ledger/1', version: 20 }]);
    // A version the stream does not have is not written.
    await store.snapshots.write(stream, POLICY.schema, 99, state);
    expect(await snapshotRows(stream)).toEqual([{ schema: 'ledger/1', version: 20 }]);

    // Snapshots gone (derived data: the table may be emptied at any time) and unwritable: the
    // command still succeeds, reading the whole stream.
    await pool.query('DELETE FROM es_snapshots');
    const write = jest.spyOn(store.snapshots, 'write').mockRejectedValue(new Error('disk full'));
    try {
      const executed = await book(stream, 26);
      expect(executed.version).toBe(26);
      expect(write).toHaveBeenCalled();
    } finally {
      write.mockRestore();
    }
    expect(await snapshotRows(stream)).toEqual([]);
  });
});
