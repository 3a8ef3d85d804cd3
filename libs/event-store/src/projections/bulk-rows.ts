/**
 * Helpers for read models that write a batch's rows in one statement (`INSERT … SELECT * FROM
 * unnest($1::text[], …)`) rather than one round trip per row: a catch-up's time was mostly waiting
 * on the database, about seven round trips per event.
 */

/** About 8 MB of parameters per statement: big enough for a batch, small enough for the server. */
const CHUNK_CHARACTERS = 8_000_000;

/**
 * The rows in chunks of at most `limit` characters of `size` (and at least one row each), so a
 * batch of large JSON states never makes one huge statement.
 */
export function inChunks<T>(rows: readonly T[], size: (row: T) => number, limit = CHUNK_CHARACTERS): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let characters = 0;
  for (const row of rows) {
    const rowSize = size(row);
    if (chunk.length > 0 && characters + rowSize > limit) {
      chunks.push(chunk);
      chunk = [];
      characters = 0;
    }
    chunk.push(row);
    characters += rowSize;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Column `index` of every row: the arrays unnest(...) takes, one per column. */
export function columns<T extends readonly unknown[]>(rows: readonly T[]): unknown[][] {
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, index) => rows.map((row) => row[index]));
}
