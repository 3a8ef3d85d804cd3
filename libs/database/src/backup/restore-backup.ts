import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { databaseRoles } from '../database-roles.js';
import {
  type BackupHeader,
  BACKUP_VERSION,
  CHECKPOINTS_TABLE,
  EVENTS_TABLE,
  parseBackupLine,
} from './backup-format.js';

export interface RestoreSummary {
  header: BackupHeader;
  rows: Record<string, number>;
}

const INSERT_ROWS = 500;

/**
 * Loads a backup (writeBackup's file) into the database at `url`, which must be migrated and hold
 * none of the backed-up rows: a fresh DATA_DIR or an empty database. Connected as the configured
 * admin, it writes as the database's owner role, so grants stay as the migrations set them (the
 * app role still reads the log and appends only through es_append). Read models are not in the
 * file: the caller rebuilds them afterwards.
 *
 * The events keep their ids, positions, data, metadata and times, but not their transaction ids:
 * those are the old server's, and the log's readers fence on this server's (an event restored with
 * a transaction id ahead of the new server's would stay invisible, one behind it would hide every
 * new event behind it). So the events of each original transaction are inserted in a transaction
 * of their own, in the original order: the new ids keep the order readers saw. The projections'
 * checkpoints move to the new transaction id of the event they had reached.
 */
export async function restoreBackup(url: string, file: string): Promise<RestoreSummary> {
  const client = new pg.Client({ connectionString: url, application_name: 'samverkan-restore' });
  await client.connect();
  try {
    const { rows: database } = await client.query<{ name: string }>('SELECT current_database() AS name');
    await client.query(`SET ROLE ${pg.escapeIdentifier(databaseRoles(database[0]!.name).owner)}`);
    // Each original transaction is one commit here; waiting for every WAL flush would make a long log slow.
    await client.query('SET synchronous_commit = off');
    return await load(client, file);
  } finally {
    await client.end();
  }
}

async function load(client: pg.Client, file: string): Promise<RestoreSummary> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let header: BackupHeader | undefined;
  let end: Record<string, number> | undefined;
  const loaded: Record<string, number> = {};
  const loader = new TableLoader(client);
  let lineNumber = 0;
  for await (const text of lines) {
    const line = parseBackupLine(text, ++lineNumber);
    if (line.kind === 'header') {
      if (header) throw new Error(`line ${lineNumber}: a second header`);
      header = line.header;
      await checkTarget(client, header);
    } else if (!header) {
      throw new Error(`${file} does not start with a backup header`);
    } else if (line.kind === 'end') {
      end = line.rows;
    } else {
      const table = header.tables.find((t) => t.name === line.table);
      if (!table) throw new Error(`line ${lineNumber}: table ${line.table} is not in the backup's header`);
      await loader.add(table, line.rowJson);
      loaded[table.name] = (loaded[table.name] ?? 0) + 1;
    }
  }
  if (!header) throw new Error(`${file} is empty`);
  await loader.finish();
  for (const { name } of header.tables) {
    if ((end?.[name] ?? -1) !== (loaded[name] ?? 0)) {
      throw new Error(
        `${file} is incomplete: ${name} has ${loaded[name] ?? 0} rows, the backup said ${end?.[name] ?? 'nothing'} ` +
          '(a file cut short?). The database is partly loaded: restore into a new, empty one.',
      );
    }
  }
  await loader.moveCheckpoints();
  await dropSnapshots(client);
  await resetSequences(
    client,
    header.tables.map((t) => t.name),
  );
  return { header, rows: loaded };
}

/**
 * Snapshots are not in a backup (derived from the log), and none that the target may hold can be
 * of the restored streams: emptied, so the first commands fold the restored history and take new
 * ones. (A snapshot is also used only while its event is at its position: see PgSnapshots.)
 */
async function dropSnapshots(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table: string | null }>(
    "SELECT to_regclass('es_snapshots')::text AS table",
  );
  if (rows[0]?.table) await client.query('DELETE FROM es_snapshots');
}

/**
 * Only into what the same code made, or an older version of it (a later migration's new columns
 * take their defaults), and only where nothing is yet: restoring over data would merge two logs.
 */
async function checkTarget(client: pg.Client, header: BackupHeader): Promise<void> {
  if (header.version !== BACKUP_VERSION) {
    throw new Error(`backup format version ${header.version}; this version reads ${BACKUP_VERSION}`);
  }
  const { rows } = await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY id');
  const here = rows.map((row) => row.name);
  const unknown = header.migrations.filter((name, index) => here[index] !== name);
  if (unknown.length > 0) {
    throw new Error(
      `the backup was made by another version of the service (its migrations ${unknown.join(', ')} are not ` +
        "this version's, in this order): restore it with the version that made it",
    );
  }
  for (const { name } of header.tables) {
    const exists = await client.query<{ table: string | null }>('SELECT to_regclass($1)::text AS table', [
      name,
    ]);
    if (!exists.rows[0]!.table) throw new Error(`the backup has table ${name}, which this database has not`);
    // Checkpoints alone are no data: a service started once on the new DATA_DIR makes them.
    if (name === CHECKPOINTS_TABLE) continue;
    const { rowCount } = await client.query(`SELECT 1 FROM ${pg.escapeIdentifier(name)} LIMIT 1`);
    if (rowCount) {
      throw new Error(
        `the database is not empty (${name} has rows): restore into a new DATA_DIR or an empty database`,
      );
    }
  }
}

type Table = BackupHeader['tables'][number];

/** Batches of rows into INSERT … SELECT FROM json_populate_recordset; the log by original transaction. */
class TableLoader {
  private batch: { table: Table; rows: string[]; transaction?: string } | undefined;
  /** Old transaction id → new one, for the checkpoints. */
  private readonly transactions = new Map<string, string>();
  private checkpoints: string[] = [];
  private inTransaction = false;

  constructor(private readonly client: pg.Client) {}

  async add(table: Table, rowJson: string): Promise<void> {
    if (table.name === CHECKPOINTS_TABLE) return void this.checkpoints.push(rowJson);
    const transaction = table.name === EVENTS_TABLE ? transactionOf(rowJson) : undefined;
    const batch = this.batch;
    if (batch && (batch.table !== table || batch.transaction !== transaction)) await this.flush(true);
    else if (batch && batch.rows.length >= INSERT_ROWS) await this.flush(false);
    this.batch ??= { table, rows: [], transaction };
    this.batch.rows.push(rowJson);
  }

  async finish(): Promise<void> {
    await this.flush(true);
  }

  /** Writes the pending batch; `commit` ends the transaction it is in (one per original transaction of the log). */
  private async flush(commit: boolean): Promise<void> {
    const batch = this.batch;
    this.batch = undefined;
    if (batch) {
      if (!this.inTransaction) await this.client.query('BEGIN');
      this.inTransaction = true;
      // es_events.transaction_id is left to its default, this transaction's id.
      const columns = batch.table.columns.filter(
        (c) => !(batch.table.name === EVENTS_TABLE && c === 'transaction_id'),
      );
      const list = columns.map((c) => pg.escapeIdentifier(c)).join(', ');
      const name = pg.escapeIdentifier(batch.table.name);
      await this.client.query(
        `INSERT INTO ${name} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${name}, $1::json)`,
        [`[${batch.rows.join(',')}]`],
      );
      if (batch.transaction !== undefined) {
        const { rows } = await this.client.query<{ id: string }>('SELECT pg_current_xact_id()::text AS id');
        this.transactions.set(batch.transaction, rows[0]!.id);
      }
    }
    if (commit && this.inTransaction) {
      await this.client.query('COMMIT');
      this.inTransaction = false;
    }
  }

  /** The projections' positions, on the new transaction ids: (old id, position) → (new id of that event's transaction, position). */
  async moveCheckpoints(): Promise<void> {
    const rows = this.checkpoints.map((json) => {
      const row = JSON.parse(json) as { transaction_id: string; global_position: number };
      const moved = row.global_position === 0 ? '0' : this.transactions.get(String(row.transaction_id));
      if (moved === undefined) {
        throw new Error(
          `a checkpoint points at transaction ${row.transaction_id}, which has no event in the backup`,
        );
      }
      return { ...row, transaction_id: moved };
    });
    if (rows.length === 0) return;
    await this.client.query(
      `INSERT INTO ${CHECKPOINTS_TABLE} SELECT * FROM json_populate_recordset(NULL::${CHECKPOINTS_TABLE}, $1::json)
       ON CONFLICT (projection) DO UPDATE SET transaction_id = EXCLUDED.transaction_id,
         global_position = EXCLUDED.global_position, rebuilt_at = EXCLUDED.rebuilt_at, updated_at = EXCLUDED.updated_at`,
      [JSON.stringify(rows)],
    );
  }
}

/** The old transaction id of an es_events row; row_to_json writes xid8 as a quoted string. */
function transactionOf(rowJson: string): string {
  const match = /"transaction_id":"?(\d+)/.exec(rowJson);
  if (!match) throw new Error(`an es_events row without a transaction_id: ${rowJson.slice(0, 80)}`);
  return match[1]!;
}

/** Every sequence behind a restored column continues after the largest value restored (es_global_position included). */
async function resetSequences(client: pg.Client, tables: string[]): Promise<void> {
  const { rows } = await client.query<{ sequence: string; table_name: string; column_name: string }>(
    `SELECT s.oid::regclass::text AS sequence, t.relname AS table_name, a.attname AS column_name
     FROM pg_class s
     JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
     JOIN pg_class t ON t.oid = d.refobjid
     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
     WHERE s.relkind = 'S' AND t.relname = ANY($1)`,
    [tables],
  );
  for (const { sequence, table_name, column_name } of rows) {
    await client.query(
      `SELECT setval($1::regclass, coalesce(max(${pg.escapeIdentifier(column_name)}), 1), max(${pg.escapeIdentifier(column_name)}) IS NOT NULL)
       FROM ${pg.escapeIdentifier(table_name)}`,
      [sequence],
    );
  }
}
