import { createHash } from 'node:crypto';
import type { MeetingView } from '#libs/meetings';

/**
 * What one form on Under mötet edits: an item's records, the attendance, the justerare. The page
 * sends the meeting's version (If-Match) and a fingerprint of its form's part of the meeting as it
 * was shown. A stale version is refused by the command loop; the page then looks whether the
 * form's own part changed since. If it did not (someone saved another item), the edit cannot
 * overwrite anything and is decided again at the current version (still with If-Match); if it did,
 * the person is told and shown both texts. So two people recording at once lose nothing.
 */
export type FormScope =
  | { kind: 'attendance' }
  | { kind: 'justerare' }
  | { kind: 'item'; itemId: string }
  /** Adding (an övrig fråga, closing): overwrites nothing, so it needs no fingerprint of its own. */
  | { kind: 'meeting' };

export function scopeFingerprint(meeting: MeetingView, scope: FormScope): string {
  const part =
    scope.kind === 'attendance'
      ? meeting.attendance
      : scope.kind === 'justerare'
        ? meeting.justerare
        : scope.kind === 'item'
          ? (meeting.agenda.find((item) => item.itemId === scope.itemId)?.records ?? null)
          : meeting.status;
  return createHash('sha256').update(JSON.stringify(part)).digest('base64url').slice(0, 16);
}
