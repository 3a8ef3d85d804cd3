import type { Request, Response } from 'express';

/**
 * Keyset pages, as every list of the API gives them (GET /api/follow-ups, GET /api/groups): the
 * client asks for `limit` rows, the handler reads `limit + 1` after the cursor, and when that one
 * more row exists the answer has the first `limit` and a Link header to the next page
 * (`<…>; rel="next"`, the same path and query with the last row's cursor). The body stays the
 * plain array it always was. Keyset, not OFFSET: a row added or removed meanwhile moves no other
 * row between pages, and page 100 costs what page 1 does.
 */

/**
 * The fields of a list's key: for each, its short name in the cursor's JSON and the check a
 * decoded value must pass (a cursor is the client's text, so every field is checked again).
 */
export type CursorFields<Key> = {
  readonly [Field in keyof Key]: readonly [short: string, valid: (value: unknown) => boolean];
};

export interface KeysetCursor<Key> {
  /** The row's key (its other fields are left out) as opaque base64url JSON. */
  encode(row: Key): string;
  /** The key a cursor of `encode` carries; anything else throws the list's own 400 error. */
  decode(cursor: string): Key;
}

export const isText = (value: unknown): value is string => typeof value === 'string';

/** The cursor of a list whose key has these fields; `invalid` is the error a bad cursor gets. */
export function keysetCursor<Key>(fields: CursorFields<Key>, invalid: () => Error): KeysetCursor<Key> {
  const entries = Object.entries(fields) as [keyof Key & string, CursorFields<Key>[keyof Key]][];
  return {
    encode: (row) => cursorOfJson(Object.fromEntries(entries.map(([field, [short]]) => [short, row[field]]))),
    decode(cursor) {
      const json = jsonOfCursor(cursor);
      if (json === undefined || !entries.every(([, [short, valid]]) => valid(json[short]))) throw invalid();
      return Object.fromEntries(entries.map(([field, [short]]) => [field, json[short]])) as Key;
    },
  };
}

/** An object as a cursor: base64url JSON (for a cursor whose fields keysetCursor cannot say). */
export const cursorOfJson = (json: Record<string, unknown>): string =>
  Buffer.from(JSON.stringify(json), 'utf8').toString('base64url');

/** The object a cursorOfJson cursor holds; undefined for any other text. */
export function jsonOfCursor(cursor: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return typeof json === 'object' && json !== null && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page of `rows` (read with `limit + 1`): the first `limit`, and when there was one more, the
 * Link header to the page after the last of them.
 */
export function keysetPage<Row>(
  rows: readonly Row[],
  limit: number,
  cursorOf: (last: Row) => string,
  request: Request,
  response: Response,
): Row[] {
  if (rows.length <= limit) return [...rows];
  const page = rows.slice(0, limit);
  response.setHeader('Link', `<${nextPageUrl(request, cursorOf(page[page.length - 1]))}>; rel="next"`);
  return page;
}

/** The request's own path and filters with the next page's cursor. */
function nextPageUrl(request: Request, cursor: string): string {
  const url = new URL(request.originalUrl, 'http://host');
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}${url.search}`;
}
