import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  CHECKPOINTS_TABLE,
  endLine,
  EVENTS_TABLE,
  headerLine,
  isBackedUp,
  rowLine,
  tablesInLoadOrder,
} from './backup-format.js';

export interface BackupSummary {
  file: string;
  rows: Record<string, number>;
}

const FETCH_ROWS = 1000;

/**
 * Writes a backup of the database at `url` to `file` (see backup-format.ts): what cannot be made
 * again (the log, the command records, accounts, sessions and API tokens, the projections'
 * positions), read in one REPEATABLE READ READ ONLY transaction, so the file is one consistent
 * moment even while the service writes. Written to `<file>.partial` and renamed when complete, so
 * a file under the asked name is always whole. Refuses to overwrite.
 */
export async function writeBackup(url: string, file: string): Promise<BackupSummary> {
  if (existsSync(file)) throw new Error(`${file} exists already: name a new file for the backup`);
  const partial = `${file}.partial`;
  const output = createWriteStream(partial, { flags: 'wx' });
  await once(output, 'open'); // created before anything can fail, so a failure removes it (EEXIST: another backup is writing it)
  const gzip = createGzip();
  gzip.pipe(output);
  const client = new pg.Client({ connectionString: url, application_name: 'samverkan-backup' });
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  try {
    await client.connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const header = await headerOf(client);
    await write(headerLine(header));
    const rows: Record<string, number> = {};
    for (const { name } of header.tables) {
      rows[name] = 0;
      await client.query(
        `DECLARE backup_rows NO SCROLL CURSOR FOR
         SELECT row_to_json(t)::text AS row FROM ${pg.escapeIdentifier(name)} t ${await orderOf(client, name)}`,
      );
      for (;;) {
        const batch = await client.query<{ row: string }>(`FETCH ${FETCH_ROWS} FROM backup_rows`);
        for (const { row } of batch.rows) await write(rowLine(name, row));
        rows[name] += batch.rows.length;
        if (batch.rows.length < FETCH_ROWS) break;
      }
      await client.query('CLOSE backup_rows');
    }
    await write(endLine(rows));
    await client.query('COMMIT');
    gzip.end();
    await once(output, 'close');
    renameSync(partial, file);
    return { file, rows };
  } catch (error) {
    gzip.destroy();
    output.destroy();
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

async function headerOf(client: pg.Client): Promise<BackupHeader> {
  const facts = await client.query<{ database: string; version: string }>(
    "SELECT current_database() AS database, current_setting('server_version') AS version",
  );
  const migrations = await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY id');
  const tables = (await tablesInLoadOrder(client)).filter((table) => isBackedUp(table.name));
  await refuseOtherTransactionIds(
    client,
    tables.map((table) => table.name),
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    database: facts.rows[0]!.database,
    serverVersion: facts.rows[0]!.version,
    migrations: migrations.rows.map((row) => row.name),
    tables,
  };
}

/**
 * Transaction ids mean nothing on another server: the restore gives the log new ones and carries
 * the checkpoints over to them, and knows no other table that holds one. A table added later with
 * an xid8 column must be taught to restoreBackup (or left out) before backups can be trusted.
 */
async function refuseOtherTransactionIds(client: pg.Client, tables: string[]): Promise<void> {
  const { rows } = await client.query<{ found: string }>(
    `SELECT c.relname || '.' || a.attname AS found
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relname = ANY($1) AND NOT c.relname = ANY($2)
       AND a.atttypid IN ('xid8'::regtype, 'xid'::regtype) AND a.attnum > 0 AND NOT a.attisdropped`,
    [tables, [EVENTS_TABLE, CHECKPOINTS_TABLE]],
  );
  if (rows.length > 0) {
    throw new Error(
      `cannot back up ${rows.map((row) => row.found).join(', ')}: transaction ids, which a restore onto ` +
        'another server cannot carry over (only es_events and es_checkpoints are handled)',
    );
  }
}

/**
 * The log in the order its readers see it, (transaction_id, global_position), which the restore
 * keeps; every other table by its primary key, so two backups of the same data are the same file.
 */
async function orderOf(client: pg.Client, table: string): Promise<string> {
  if (table === EVENTS_TABLE) return 'ORDER BY transaction_id, global_position';
  const { rows } = await client.query<{ columns: string[] }>(
    `SELECT ARRAY(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
                  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns
     FROM pg_index i WHERE i.indrelid = $1::regclass AND i.indisprimary`,
    [table],
  );
  const columns = rows[0]?.columns ?? [];
  return columns.length ? `ORDER BY ${columns.map((c) => pg.escapeIdentifier(c)).join(', ')}` : '';
}
