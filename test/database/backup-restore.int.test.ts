import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { migrateDatabase, restoreBackup, writeBackup } from '#libs/database';
import { createTestDatabase, type TestDatabase } from '#libs/testing';

/**
 * writeBackup and restoreBackup on the server the tests use (the embedded one, or DATABASE_URL's in
 * CI's second pass): values come back exactly, the log keeps its readers' order and transactions
 * though the transaction ids are the new server's, checkpoints point at the same events, and the
 * log carries on after the restored part.
 */
const silent = { log: () => undefined };
let source: TestDatabase;
let target: TestDatabase;
let admin: pg.Client;
let folder: string;

beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await Promise.all([migrateDatabase(source.url, silent), migrateDatabase(target.url, silent)]);
  admin = new pg.Client({ connectionString: source.url });
  await admin.connect();
  folder = mkdtempSync(join(process.cwd(), '.tmp', 'backup-'));
});

afterAll(async () => {
  await admin?.end();
  await Promise.all([source?.drop(), target?.drop()]);
  rmSync(folder, { recursive: true, force: true });
});

const on = async <T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
};

/** Values JSON and numbers often lose on the way (precision, exponents, escapes, å ä ö), as JSON text. */
const TRICKY = String.raw`{"big": 12345678901234567890123, "precise": 3.14159265358979323846264338327950288,
  "small": 1e-7, "text": "Å ä ö – \"citat\" \\ \n ny rad \t tab 😀", "nested": [{"a": null}, [], {}]}`;

const appendOne = (stream: string, type: string, json = '{}') =>
  admin.query(
    `SELECT es_append('tenant-a', $1, 'test', 'any', NULL, $2, ARRAY[gen_random_uuid()], ARRAY[$3],
                      ARRAY[1], ARRAY[$4::jsonb], ARRAY['{"actor":"a"}'::jsonb])`,
    [stream, `command-${stream}-${type}`, type, json],
  );

/** The log in readers' order, with which rows shared a transaction (by index of first appearance, not the id). */
async function logOf(url: string) {
  const rows = await on<{ xid: string; event_type: string } & Record<string, unknown>>(
    url,
    `SELECT transaction_id::text AS xid, global_position::text, tenant_id, stream_id, stream_position::text,
            event_id, event_type, schema_version, data::text, metadata::text, created_at::text
     FROM es_events ORDER BY transaction_id, global_position`,
  );
  const transactions: string[] = [];
  return rows.map(({ xid, ...row }) => {
    if (!transactions.includes(xid)) transactions.push(xid);
    return { transaction: transactions.indexOf(xid), ...row };
  });
}

it('restores the log exactly, in its readers order, on the new server transaction ids, and the log carries on', async () => {
  await appendOne('meeting-1', 'Scheduled', TRICKY);
  await appendOne('meeting-2', 'Scheduled');
  await admin.query(
    `SELECT es_append('tenant-a', 'meeting-1', 'test', 'exact', 1, 'command-two', ARRAY[gen_random_uuid(), gen_random_uuid()],
                      ARRAY['A', 'B'], ARRAY[1, 1], ARRAY['{"i":1}'::jsonb, '{"i":2}'::jsonb], ARRAY['{}'::jsonb, '{}'::jsonb])`,
  );
  // A transaction that drew its position first but committed after a later one: readers see it after.
  const [{ head }] = (
    await admin.query<{ head: string }>('SELECT max(transaction_id)::text AS head FROM es_events')
  ).rows;
  await admin.query(
    `INSERT INTO es_events (global_position, transaction_id, tenant_id, stream_id, stream_position, event_id, event_type, data)
     VALUES (nextval('es_global_position'), $1::text::xid8, 'tenant-a', 'meeting-3', 1, gen_random_uuid(), 'Late', '{}')`,
    [String(BigInt(head) + 1000n)], // far ahead: after the next append's
  );
  await appendOne('meeting-4', 'Early');
  await admin.query(`INSERT INTO es_checkpoints (projection, transaction_id, global_position)
                     SELECT 'a-reaction', transaction_id, global_position FROM es_events WHERE event_type = 'A'`);
  const before = await logOf(source.url);
  expect(before.map((e) => e.event_type)).toEqual(['Scheduled', 'Scheduled', 'A', 'B', 'Early', 'Late']);

  const file = join(folder, 'one.backup');
  const written = await writeBackup(source.url, file);
  expect(written.rows).toMatchObject({ es_events: 6, es_streams: 3, es_commands: 4, es_checkpoints: 1 });
  await restoreBackup(target.url, file);

  expect(await logOf(target.url)).toEqual(before);
  const rowsOf = (url: string, table: string) =>
    on(url, `SELECT row_to_json(t)::text AS row FROM ${table} t ORDER BY 1`);
  expect(await rowsOf(target.url, 'es_streams')).toEqual(await rowsOf(source.url, 'es_streams'));
  expect(await rowsOf(target.url, 'es_commands')).toEqual(await rowsOf(source.url, 'es_commands'));
  // The reaction's checkpoint is on the same event, under its new transaction id.
  expect(
    await on(
      target.url,
      `SELECT e.event_type FROM es_checkpoints c JOIN es_events e
         ON e.transaction_id = c.transaction_id AND e.global_position = c.global_position WHERE c.projection = 'a-reaction'`,
    ),
  ).toEqual([{ event_type: 'A' }]);

  // New appends come after everything restored, in position and in the readers' order, and are visible.
  await on(
    target.url,
    `SELECT es_append('tenant-a', 'meeting-1', 'test', 'exact', 3, 'command-after', ARRAY[gen_random_uuid()],
                      ARRAY['After'], ARRAY[1], ARRAY['{}'::jsonb], ARRAY['{}'::jsonb])`,
  );
  const after = await logOf(target.url);
  expect(after.at(-1)).toMatchObject({ event_type: 'After', global_position: '7', stream_position: '4' });
  const [{ fenced }] = await on<{ fenced: number }>(
    target.url,
    'SELECT count(*)::int AS fenced FROM es_events WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())',
  );
  expect(fenced).toBe(7);
  // A request sent before the backup is still answered as a replay.
  const [{ replay }] = await on<{ replay: { replayed: boolean } }>(
    target.url,
    `SELECT es_append('tenant-a', 'meeting-2', 'test', 'any', NULL, 'command-meeting-2-Scheduled', ARRAY[gen_random_uuid()],
                      ARRAY['Scheduled'], ARRAY[1], ARRAY['{}'::jsonb], ARRAY['{}'::jsonb]) AS replay`,
  );
  expect(replay.replayed).toBe(true);

  // And a second restore over it is refused.
  await expect(restoreBackup(target.url, file)).rejects.toThrow(
    /the database is not empty \(es_commands has rows\)/,
  );
});

it('refuses to back up a table it cannot restore faithfully: one holding transaction ids', async () => {
  await admin.query('CREATE TABLE later_positions (projection text PRIMARY KEY, at xid8 NOT NULL)');
  try {
    await expect(writeBackup(source.url, join(folder, 'refused.backup'))).rejects.toThrow(
      /^cannot back up later_positions\.at: transaction ids/,
    );
    expect(existsSync(join(folder, 'refused.backup.partial'))).toBe(false);
  } finally {
    await admin.query('DROP TABLE later_positions');
  }
});

it('leaves snapshots out of a backup, and a restore drops any the target holds (they would be of another history)', async () => {
  await admin.query(
    `INSERT INTO es_snapshots (tenant_id, stream_id, state_schema, stream_version, event_id, state)
     SELECT tenant_id, stream_id, 'test/1', stream_position, event_id, '{"kept":true}' FROM es_events
     WHERE stream_id = 'meeting-1' AND stream_position = 1`,
  );
  const fresh = await createTestDatabase();
  try {
    await migrateDatabase(fresh.url, silent);
    // A stale one, as a service started once on the new DATA_DIR (or a bad copy) might leave.
    await on(
      fresh.url,
      `INSERT INTO es_snapshots (tenant_id, stream_id, state_schema, stream_version, event_id, state)
       VALUES ('tenant-a', 'meeting-1', 'test/1', 40, gen_random_uuid(), '{"stale":true}')`,
    );
    const file = join(folder, 'snapshots.backup');
    const written = await writeBackup(source.url, file);
    expect(written.rows).not.toHaveProperty('es_snapshots');
    await restoreBackup(fresh.url, file);
    expect(await on(fresh.url, 'SELECT * FROM es_snapshots')).toEqual([]);
  } finally {
    await fresh.drop();
  }
});
