import { isValidIsoDate } from '#libs/shared-kernel';
import { followUpOverviewError } from '../../domain/index.js';
import type { FollowUpListKey } from '../../projections/follow-ups/follow-ups.query.js';

/**
 * The follow-up list's next-page cursor: the last row's key in the list's order (due date, then
 * id), as opaque base64url JSON, so the next page starts right after it (keyset, not OFFSET: a
 * follow-up added or closed meanwhile moves no other row between pages).
 */
export const encodeListCursor = (key: FollowUpListKey): string =>
  Buffer.from(JSON.stringify({ d: key.dueDate, i: key.followUpId }), 'utf8').toString('base64url');

export function decodeListCursor(cursor: string): FollowUpListKey {
  const json = parsed(cursor);
  if (!isValidIsoDate(json?.d) || typeof json?.i !== 'string')
    throw followUpOverviewError.invalidCursor('not a cursor this service gave out');
  return { dueDate: json.d as FollowUpListKey['dueDate'], followUpId: json.i };
}

function parsed(cursor: string): { d?: unknown; i?: unknown } | undefined {
  try {
    const json: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return typeof json === 'object' && json !== null ? json : undefined;
  } catch {
    return undefined;
  }
}
