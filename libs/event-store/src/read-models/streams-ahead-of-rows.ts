import type { EntityManager } from 'typeorm';

/** A read model's table as the stream catalogue is compared with it: one row per stream. */
export interface RowsOfStreams {
  /** The table, e.g. rm_groups: a constant of the code, never input. */
  table: string;
  /** Its column with the aggregate's own id (the stream id without `<type>-`). */
  idColumn: string;
  /** Its column with the stream version the row was built from. */
  versionColumn: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * The streams of one type (all of the tenant's, or those of `ids`) whose read-model row is missing
 * or not at the stream's version, with that version: what a read must fold rather than trust (see
 * stateSource). Worked out by the database in one statement, so a caught-up read model costs one
 * query that answers no rows, not the whole catalogue's versions and the whole table's sent over
 * to be compared (which grew with every group or meeting of the tenant).
 */
export async function streamsAheadOfRows(
  db: Pick<EntityManager, 'query'>,
  tenantId: string,
  streamType: string,
  rows: RowsOfStreams,
  ids?: readonly string[],
): Promise<Map<string, number>> {
  for (const name of [rows.table, rows.idColumn, rows.versionColumn])
    if (!IDENTIFIER.test(name)) throw new Error(`not an identifier: ${name}`);
  if (ids !== undefined && ids.length === 0) return new Map();
  const prefix = `${streamType}-`;
  const values: unknown[] = [tenantId, streamType, prefix.length + 1];
  const which =
    ids === undefined ? 's.stream_type = $2' : `s.stream_type = $2 AND s.stream_id = ANY($4::text[])`;
  if (ids !== undefined) values.push(ids.map((id) => `${prefix}${id}`));
  const found: { id: string; version: string }[] = await db.query(
    `SELECT substr(s.stream_id, $3) AS id, s.version
       FROM es_streams s
       LEFT JOIN ${rows.table} r ON r.tenant_id = s.tenant_id AND r.${rows.idColumn} = substr(s.stream_id, $3)
      WHERE s.tenant_id = $1 AND ${which} AND s.version > 0
        AND r.${rows.versionColumn} IS DISTINCT FROM s.version`,
    values,
  );
  return new Map(found.map(({ id, version }) => [id, Number(version)]));
}

/** One stream of `rowsBesideStreams`: its version, and its read-model row's columns if it has a row. */
export interface StreamBesideRow {
  streamVersion: number;
  /** The row's `columns` and its version column, absent when the stream has no row yet. */
  row?: Record<string, unknown>;
}

/**
 * The read-model rows of some streams beside the streams' versions, in one statement (the
 * catalogue left-joined with the table), by the aggregate's id; an id without a stream is not in
 * the answer. What a read needs to trust a row only when it is at its stream's version, in one
 * round trip instead of two.
 */
export async function rowsBesideStreams(
  db: Pick<EntityManager, 'query'>,
  tenantId: string,
  streamType: string,
  rows: RowsOfStreams & { columns: readonly string[] },
  ids: readonly string[],
): Promise<Map<string, StreamBesideRow>> {
  for (const name of [rows.table, rows.idColumn, rows.versionColumn, ...rows.columns])
    if (!IDENTIFIER.test(name)) throw new Error(`not an identifier: ${name}`);
  if (ids.length === 0) return new Map();
  const prefix = `${streamType}-`;
  const columns = [...new Set([rows.versionColumn, ...rows.columns])];
  const found: Record<string, unknown>[] = await db.query(
    `SELECT substr(s.stream_id, $3) AS stream_beside_id, s.version AS stream_beside_version,
            r.${rows.idColumn} IS NOT NULL AS stream_beside_has_row, ${columns.map((c) => `r.${c}`).join(', ')}
       FROM es_streams s
       LEFT JOIN ${rows.table} r ON r.tenant_id = s.tenant_id AND r.${rows.idColumn} = substr(s.stream_id, $3)
      WHERE s.tenant_id = $1 AND s.stream_type = $2 AND s.stream_id = ANY($4::text[])`,
    [tenantId, streamType, prefix.length + 1, ids.map((id) => `${prefix}${id}`)],
  );
  return new Map(
    found.map((each) => {
      const {
        stream_beside_id: id,
        stream_beside_version: version,
        stream_beside_has_row: hasRow,
        ...row
      } = each;
      return [id as string, { streamVersion: Number(version), ...(hasRow === true ? { row } : {}) }];
    }),
  );
}
