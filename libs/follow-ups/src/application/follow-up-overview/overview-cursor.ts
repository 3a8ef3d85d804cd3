import { cursorOfJson, jsonOfCursor } from '#libs/http';
import { isValidIsoDate } from '#libs/shared-kernel';
import { followUpOverviewError, type OverviewKey, type OverviewSort } from '../../domain/index.js';

interface CursorJson {
  s: OverviewSort;
  r: number;
  d: string;
  i: string;
  n?: string;
}

/**
 * The next page's cursor: the last row's key in its order, as opaque base64url JSON (as
 * keysetCursor's, whose fixed fields this one's optional `n` does not fit). It carries
 * the order it belongs to, so a cursor of one order is refused in another instead of skipping rows.
 */
export function encodeCursor(sort: OverviewSort, key: OverviewKey): string {
  const json: CursorJson = { s: sort, r: key.statusRank, d: key.dueDate, i: key.followUpId };
  if (key.responsibleName !== undefined) json.n = key.responsibleName;
  return cursorOfJson({ ...json });
}

export function decodeCursor(cursor: string, sort: OverviewSort): OverviewKey {
  const json = (jsonOfCursor(cursor) ?? {}) as Partial<CursorJson>;
  const shaped =
    typeof json.s === 'string' &&
    [0, 1, 2].includes(json.r as number) &&
    isValidIsoDate(json.d) &&
    typeof json.i === 'string' &&
    (json.n === undefined || typeof json.n === 'string');
  if (!shaped) throw followUpOverviewError.invalidCursor('not a cursor this service gave out');
  if (json.s !== sort) {
    throw followUpOverviewError.invalidCursor(`the cursor is of the order "${json.s}", not "${sort}"`);
  }
  if (sort === 'responsible' && json.n === undefined) {
    throw followUpOverviewError.invalidCursor('not a cursor this service gave out');
  }
  return {
    statusRank: json.r as number,
    dueDate: json.d as string,
    followUpId: json.i as string,
    ...(json.n !== undefined ? { responsibleName: json.n } : {}),
  };
}
