import type pg from 'pg';

/**
 * A backup file: gzip'd JSON lines, written by writeBackup and read by restoreBackup.
 *
 *   {"backup":{…BackupHeader}}
 *   {"table":"es_events","row":{…one row as PostgreSQL's row_to_json wrote it…}}   (many)
 *   {"end":{"rows":{"es_events":1234,…}}}
 *
 * Rows are PostgreSQL's own JSON text, copied through untouched (never parsed in Node, so no
 * number or string is rounded or re-encoded), and loaded back with json_populate_recordset: the
 * same text in, the same values out. The closing line says how many rows each table had, so a
 * file cut short is refused instead of half restored.
 */
export const BACKUP_FORMAT = 'samverkan-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  database: string;
  /** PostgreSQL's server_version of the source. */
  serverVersion: string;
  /** schema_migrations of the source, in the order they ran. */
  migrations: string[];
  /** The tables in the file, in the order they are to be loaded (referenced before referencing), with their columns. */
  tables: { name: string; columns: string[] }[];
}

/**
 * What a backup leaves out, because a restore makes it again: read models (rm_*) are rebuilt
 * from the log, dead letters and halts (es_dead_letters) belong to the projections of the old server,
 * schema_migrations is the header's list, failed-login counts are a throttle's passing state, OpenID Connect sign-ins under way
 * (identity_oidc_attempts) last minutes, and snapshots (es_snapshots) are folds of the log that
 * commands take again as they go.
 * Every other table of the schema is in, so a table a later migration adds is backed up unless
 * it is named here.
 */
const LEFT_OUT = new Set([
  'schema_migrations',
  'es_dead_letters',
  'identity_login_failures',
  'identity_oidc_attempts',
  'es_snapshots',
]);

export const isBackedUp = (table: string): boolean => !table.startsWith('rm_') && !LEFT_OUT.has(table);

/** The log's table: its rows are restored in their original transactions' order (see restoreBackup). */
export const EVENTS_TABLE = 'es_events';
/** Projection positions: restored for reactions (their effects are in the log), reset for read models by the rebuild. */
export const CHECKPOINTS_TABLE = 'es_checkpoints';

const ROW_PREFIX = '{"table":"';
const ROW_INFIX = '","row":';

export const headerLine = (header: BackupHeader): string => JSON.stringify({ backup: header });
export const rowLine = (table: string, rowJson: string): string =>
  `${ROW_PREFIX}${table}${ROW_INFIX}${rowJson}}`;
export const endLine = (rows: Record<string, number>): string => JSON.stringify({ end: { rows } });

export type BackupLine =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'row'; table: string; rowJson: string }
  | { kind: 'end'; rows: Record<string, number> };

/** One line of a backup file; the row's JSON is cut out as text, not parsed. */
export function parseBackupLine(line: string, lineNumber: number): BackupLine {
  if (line.startsWith(ROW_PREFIX)) {
    const infix = line.indexOf(ROW_INFIX, ROW_PREFIX.length);
    if (infix > 0 && line.endsWith('}')) {
      return {
        kind: 'row',
        table: line.slice(ROW_PREFIX.length, infix),
        rowJson: line.slice(infix + ROW_INFIX.length, -1),
      };
    }
  } else {
    const parsed = JSON.parse(line) as { backup?: BackupHeader; end?: { rows: Record<string, number> } };
    if (parsed.backup?.format === BACKUP_FORMAT) return { kind: 'header', header: parsed.backup };
    if (parsed.end) return { kind: 'end', rows: parsed.end.rows };
  }
  throw new Error(`line ${lineNumber} of the backup is not one of its lines: ${line.slice(0, 80)}`);
}

/** The schema's tables in load order: a table after every table its foreign keys point at. */
export async function tablesInLoadOrder(client: pg.Client): Promise<BackupHeader['tables']> {
  const { rows } = await client.query<{ name: string; columns: string[]; refs: string[] }>(`
    SELECT c.relname AS name,
           ARRAY(SELECT a.attname FROM pg_attribute a
                 WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                 ORDER BY a.attnum)::text[] AS columns,
           ARRAY(SELECT DISTINCT r.relname FROM pg_constraint f JOIN pg_class r ON r.oid = f.confrelid
                 WHERE f.conrelid = c.oid AND f.contype = 'f' AND r.oid <> c.oid)::text[] AS refs
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    ORDER BY c.relname`);
  const ordered: BackupHeader['tables'] = [];
  const placed = new Set<string>();
  const visit = (name: string, path: string[]) => {
    if (placed.has(name) || path.includes(name)) return;
    const table = rows.find((row) => row.name === name);
    if (!table) return;
    for (const ref of table.refs) visit(ref, [...path, name]);
    placed.add(name);
    ordered.push({ name, columns: table.columns });
  };
  for (const { name } of rows) visit(name, []);
  return ordered;
}
