import { isText, keysetCursor } from '#libs/http';
import { isValidIsoDate } from '#libs/shared-kernel';
import { followUpOverviewError } from '../../domain/index.js';
import type { FollowUpListKey } from '../../projections/follow-ups/follow-ups.query.js';

/**
 * The follow-up list's next-page cursor: the last row's key in the list's order (due date, then
 * id), so the next page starts right after it (keyset pages, see keysetPage).
 */
export const FOLLOW_UP_LIST_CURSOR = keysetCursor<FollowUpListKey>(
  { dueDate: ['d', isValidIsoDate], followUpId: ['i', isText] },
  () => followUpOverviewError.invalidCursor('not a cursor this service gave out'),
);
