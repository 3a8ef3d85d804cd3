import { isOpenFollowUp, type FollowUpState, type OpenFollowUp } from '#domain/follow-ups';
import { definedOnly, type IsoDate } from '#domain/shared-kernel';
import type { AgendaItem } from '../agenda-item.js';
import { deferredItems, meetingDate, recordsOf } from '../queries.js';
import type { MeetingState } from '../state.js';

export interface CarryOverInput {
  /** The group's previous meeting that was not cancelled, whose deferred items return. */
  previousMeeting?: MeetingState;
  /**
   * The group's meetings cancelled since the previous one, in date order. They were never held,
   * so nothing was handled or deferred there: see cancelledEntries for what returns from them.
   */
  cancelledMeetings?: readonly MeetingState[];
  /** The group's follow-ups; only open ones return (completed and cancelled ones are skipped here). */
  followUps: readonly FollowUpState[];
  /** The new meeting's date in Europe/Stockholm. */
  meetingDate: IsoDate;
}

/**
 * The agenda entries that return on their own at the next meeting: every item deferred at the
 * previous meeting, then what the meetings cancelled since would have taken up, then every open
 * follow-up due on or before the new meeting's date (also those that were due at a cancelled
 * meeting), each marked with where it came from so the kallelse can say "från § 7, 2019-02-25".
 * Ids are derived, not random, so proposing twice gives the same agenda.
 */
export function proposeCarryOver({
  previousMeeting,
  cancelledMeetings = [],
  followUps,
  meetingDate: date,
}: CarryOverInput): AgendaItem[] {
  const deferred = cancelledMeetings.reduce(
    (returning, cancelled) => [...returning, ...cancelledEntries(cancelled, returning)],
    previousMeeting ? deferredEntries(previousMeeting) : [],
  );
  const alreadyReturning = new Set(deferred.flatMap((item) => item.origin?.followUpId ?? []));
  const due = followUps
    .filter(isOpenFollowUp)
    .filter((followUp) => followUp.dueDate <= date)
    .filter((followUp) => !alreadyReturning.has(followUp.followUpId))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.followUpId.localeCompare(b.followUpId))
    .map((followUp) => followUpEntry(followUp, previousMeeting));
  return [...deferred, ...due];
}

/** The items deferred at a held meeting, as they return (derived ids, origin with the § and reason). */
export function deferredEntries(previous: MeetingState): AgendaItem[] {
  const fromMeetingId = previous.meetingId as string;
  const fromDate = meetingDate(previous) as string;
  return deferredItems(previous).map((item): AgendaItem => {
    // An item that already came back once keeps its derived id, so the id follows the matter
    // instead of growing with every deferral.
    const itemId = item.origin ? item.itemId : `deferred:${fromMeetingId}:${item.itemId}`;
    return {
      ...item,
      itemId,
      origin: definedOnly({
        kind: 'deferred' as const,
        fromMeetingId,
        fromItemId: item.itemId,
        fromParagraph: previous.paragraphs[item.itemId],
        fromDate,
        reason: recordsOf(previous, item.itemId).deferral?.reason ?? '',
        followUpId: item.origin?.followUpId,
      }),
    };
  });
}

/** Prefixed to a cancelled meeting's reason on the items it sends on, for the kallelse. */
export const CANCELLED_MEETING_REASON = 'Mötet ställdes in: ';

/**
 * What a cancelled meeting would have taken up returns at the next one:
 * - an item new on its agenda (no origin), as if deferred there with the cancellation's reason;
 * - an item it had carried over keeps the origin it came with ("från § 7, 2019-01-28"). Usually
 *   it returns anyway from the previous meeting's deferrals, under the same derived id;
 * - a follow-up's återrapportering does not: the follow-up returns on its own while it is open
 *   and due, and not once it was completed or moved.
 */
export function cancelledEntries(cancelled: MeetingState, returning: readonly AgendaItem[]): AgendaItem[] {
  const fromMeetingId = cancelled.meetingId as string;
  const known = new Set(returning.map(({ itemId }) => itemId));
  return cancelled.agenda.flatMap((item): AgendaItem[] => {
    if (item.origin?.kind === 'follow-up') return [];
    if (item.origin) return known.has(item.itemId) ? [] : [item];
    const itemId = `deferred:${fromMeetingId}:${item.itemId}`;
    if (known.has(itemId)) return [];
    const origin = {
      kind: 'deferred' as const,
      fromMeetingId,
      fromItemId: item.itemId,
      fromDate: meetingDate(cancelled) as string,
      reason: `${CANCELLED_MEETING_REASON}${cancelled.cancellation?.reason ?? ''}`,
    };
    return [{ ...item, itemId, origin }];
  });
}

export function followUpEntry(followUp: OpenFollowUp, previous: MeetingState | undefined): AgendaItem {
  const { origin } = followUp;
  // § numbers are fixed at close; the follow-up learns its own only if the caller recorded it.
  const fromParagraph =
    origin.paragraph ??
    (previous?.meetingId === origin.meetingId ? previous.paragraphs[origin.itemId] : undefined);
  return {
    itemId: `follow-up:${followUp.followUpId}`,
    title: followUp.action,
    kind: 'återrapportering',
    presenters: [followUp.responsible],
    // Follow-ups are actions the employer took on; who first raised the matter is on the origin item.
    proposer: { side: 'employer' },
    origin: definedOnly({
      kind: 'follow-up' as const,
      followUpId: followUp.followUpId,
      fromMeetingId: origin.meetingId,
      fromItemId: origin.itemId,
      fromParagraph,
      fromDate: origin.meetingDate,
      dueDate: followUp.dueDate,
    }),
  };
}
