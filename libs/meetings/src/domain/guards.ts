import { deepEqual } from '#domain/shared-kernel';
import type { AgendaItem } from './agenda-item.js';
import { meetingError } from './errors.js';
import { findAgendaItem, hasAnyRecord, isJusterat, latestRevision, recordsOf } from './queries.js';
import type { MeetingState } from './state.js';

/** Recording is possible only on a scheduled meeting that is neither closed nor cancelled. */
export function requireOpenMeeting(state: MeetingState): void {
  if (state.status === 'unscheduled') throw meetingError.notScheduled();
  if (state.status === 'closed') throw meetingError.closed();
  if (state.status === 'cancelled') throw meetingError.cancelled(state.cancellation?.reason);
}

/** The protocol exists (revision 1 is made at close) only once the meeting is closed. */
export function requireClosedMeeting(state: MeetingState): void {
  if (state.status === 'unscheduled') throw meetingError.notScheduled();
  if (state.status === 'cancelled') throw meetingError.cancelled(state.cancellation?.reason);
  if (state.status !== 'closed') throw meetingError.notClosed();
}

/**
 * Moving or cancelling is for a meeting not yet held. Once something is recorded on an item the
 * meeting is under way: cancelling it would drop what was recorded (and the follow-ups it opened)
 * from every protocol, and moving it would change the date those records were made on.
 */
export function requireNotUnderWay(state: MeetingState): void {
  const recorded = Object.entries(state.items)
    // Marking an item confidential is preparation (an individual matter on the agenda), not recording.
    .filter(([, records]) => hasAnyRecord({ ...records, confidential: undefined }))
    .map(([itemId]) => itemId);
  if (recorded.length > 0) throw meetingError.underWay(recorded);
}

export function requireItemOnAgenda(state: MeetingState, itemId: string): AgendaItem {
  const item = findAgendaItem(state, itemId);
  if (!item) throw meetingError.itemNotOnAgenda(itemId);
  return item;
}

/**
 * For an item added at the end of the agenda: true when exactly this item is already there (a
 * retried request, so nothing new to record); another item under the same id is refused.
 */
export function isAlreadyOnAgenda(state: MeetingState, item: AgendaItem): boolean {
  const existing = findAgendaItem(state, item.itemId);
  if (existing === undefined) return false;
  if (deepEqual(existing, item)) return true;
  throw meetingError.duplicateItemId(item.itemId);
}

/** An item that can take information, dialog, a decision, a follow-up or a protokollsanteckning. */
export function requireRecordableItem(state: MeetingState, itemId: string): AgendaItem {
  requireOpenMeeting(state);
  const item = requireItemOnAgenda(state, itemId);
  if (recordsOf(state, itemId).deferral) throw meetingError.itemDeferred(itemId);
  return item;
}

/**
 * A closed meeting's item that can still take a protokollsanteckning: the protocol is not justerat
 * yet, and the item was not deferred (a deferred item's statements belong to the meeting it returns to).
 */
export function requireAnnotatableProtocol(state: MeetingState, itemId: string): AgendaItem {
  requireClosedMeeting(state);
  requireNotJusterat(state);
  const item = requireItemOnAgenda(state, itemId);
  if (recordsOf(state, itemId).deferral) throw meetingError.itemDeferred(itemId);
  return item;
}

/** Justering and declines are about the latest revision of a closed meeting's protocol. */
export function requireLatestRevision(state: MeetingState, revision: number): void {
  const latest = latestRevision(state);
  if (!Number.isInteger(revision) || revision < 1 || revision > latest)
    throw meetingError.unknownRevision(revision, latest);
  if (revision < latest) throw meetingError.revisionNotLatest(revision, latest);
}

export function requireNotJusterat(state: MeetingState): void {
  if (isJusterat(state)) throw meetingError.justerat();
}
