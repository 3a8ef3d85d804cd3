/** es_append's signature, as ALTER FUNCTION, GRANT and has_function_privilege name it. */
export const ES_APPEND_SIGNATURE =
  'es_append(text, text, text, text, bigint, text, uuid[], text[], integer[], jsonb[], jsonb[])';

/** es_append_streams' signature (one command on several streams in one transaction). */
export const ES_APPEND_STREAMS_SIGNATURE = 'es_append_streams(text, text, text, jsonb)';

interface Queryable {
  query<Row extends object>(sql: string): Promise<{ rows: Row[] }>;
}

/**
 * What is wrong with the current login as the service's app login, as far as the log goes: it
 * must read the log and append through es_append, and write none of its tables itself (see the
 * EventStorePrivileges migration). An empty list means: fine. libs/database asks at start.
 */
export async function logPrivilegeProblems(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ writes: boolean; reads: boolean; appends: boolean }>(`
    SELECT bool_or(has_table_privilege(t, 'INSERT, UPDATE, DELETE, TRUNCATE, TRIGGER')) AS writes,
           bool_and(has_table_privilege(t, 'SELECT')) AS reads,
           has_function_privilege('${ES_APPEND_SIGNATURE}', 'EXECUTE')
             AND has_function_privilege('${ES_APPEND_STREAMS_SIGNATURE}', 'EXECUTE') AS appends
    FROM unnest(ARRAY['es_events', 'es_streams', 'es_commands']) t`);
  const { writes, reads, appends } = rows[0]!;
  return [
    writes && 'may write es_events, es_streams or es_commands directly',
    !reads && 'may not read the log',
    !appends && 'may not call es_append and es_append_streams',
  ].filter((problem): problem is string => typeof problem === 'string');
}
