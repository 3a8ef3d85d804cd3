import {
  evolveFollowUp,
  type FollowUpEvent,
  initialFollowUpState,
  isFollowUpEvent,
  isOpenFollowUp,
} from '#domain/follow-ups';
import type { IsoInstant } from '#domain/shared-kernel';
import type { AgendaItem } from '../agenda-item.js';
import type { MeetingEvent } from '../events.js';
import { evolveMeeting } from '../evolve.js';
import { isConfidentialItem } from '../queries.js';
import { initialMeetingState, type MeetingState } from '../state.js';
import { cancelledEntries, deferredEntries } from './carry-over.js';
import type {
  ComingMeeting,
  DeferredEntry,
  GroupCarryOver,
  ReturningFollowUp,
} from './group-carry-over-state.js';
import { returningAt } from './returning.js';

export type {
  ComingMeeting,
  DeferredEntry,
  GroupCarryOver,
  ReturningFollowUp,
} from './group-carry-over-state.js';

export type CarryOverEvent = MeetingEvent | FollowUpEvent;

export const initialGroupCarryOver = (groupId: string): GroupCarryOver => ({
  groupId,
  meetings: {},
  deferred: {},
  followUps: {},
});

/** The group's carry-over after one of its meetings' or follow-ups' events; others change nothing. */
export function evolveGroupCarryOver(state: GroupCarryOver, event: CarryOverEvent): GroupCarryOver {
  if (isFollowUpEvent(event)) return evolveFollowUps(state, event);
  const meetingId = event.data.meetingId;
  const coming = state.meetings[meetingId];
  if (coming === undefined && !(event.type === 'MeetingScheduled' && event.data.groupId === state.groupId)) {
    return state;
  }
  const meeting = evolveMeeting(coming?.meeting ?? initialMeetingState(), event);
  const updated = withMeeting(state, { ...coming, meeting });
  switch (event.type) {
    case 'MeetingClosed':
      return closeMeeting(state, meeting);
    case 'MeetingCancelled':
      return cancelMeeting(state, meeting);
    case 'KallelseIssued':
      return withMeeting(updated, {
        ...coming,
        meeting,
        sent: returningAt(updated, meetingId).map(({ followUp: _history, ...item }) => item),
      });
    case 'ItemMarkedConfidential':
      return markConfidential(updated, meetingId, event.data.itemId);
    default:
      return updated;
  }
}

function withMeeting(state: GroupCarryOver, coming: ComingMeeting): GroupCarryOver {
  const meetingId = coming.meeting.meetingId as string;
  return { ...state, meetings: { ...state.meetings, [meetingId]: coming } };
}

function withoutMeeting(state: GroupCarryOver, meetingId: string): GroupCarryOver {
  const { [meetingId]: _gone, ...meetings } = state.meetings;
  return { ...state, meetings };
}

/**
 * A held meeting took up the returning items on its agenda: those are done. One it did not have
 * on its agenda was not taken up and returns at the next meeting (a deferred item is never lost
 * because the agenda was set before it came back). What the meeting deferred returns from it,
 * with its §, keeping the id and the confidentiality it came with; its follow-ups learn their §
 * now that the numbers are fixed.
 */
function closeMeeting(state: GroupCarryOver, closed: MeetingState): GroupCarryOver {
  const meetingId = closed.meetingId as string;
  const takenUp = new Set(closed.agenda.map(({ itemId }) => itemId));
  const pending = Object.entries(state.deferred).filter(([itemId]) => !takenUp.has(itemId));
  const deferred = Object.fromEntries([...pending, ...entriesFrom(state, closed, deferredEntries(closed))]);
  const followUps = Object.fromEntries(
    Object.entries(state.followUps).map(([id, followUp]) => [id, withParagraph(followUp, closed)]),
  );
  return withoutMeeting({ ...state, deferred, followUps }, meetingId);
}

/** A cancelled meeting was never held: what it would have taken up returns at the next one. */
function cancelMeeting(state: GroupCarryOver, cancelled: MeetingState): GroupCarryOver {
  const meetingId = cancelled.meetingId as string;
  const returning = Object.values(state.deferred).map(({ item }) => item);
  const sentOn = entriesFrom(state, cancelled, cancelledEntries(cancelled, returning));
  return withoutMeeting(
    { ...state, deferred: { ...state.deferred, ...Object.fromEntries(sentOn) } },
    meetingId,
  );
}

function entriesFrom(
  state: GroupCarryOver,
  source: MeetingState,
  items: readonly AgendaItem[],
): [string, DeferredEntry][] {
  return items.map((item, order) => {
    const fromItemId = item.origin?.kind === 'deferred' ? item.origin.fromItemId : item.itemId;
    const confidential =
      item.confidential === true ||
      isConfidentialItem(source, fromItemId) ||
      state.deferred[item.itemId]?.item.confidential === true;
    const origin = item.origin && { ...item.origin, fromGroupId: state.groupId };
    const returning: AgendaItem = { ...item, origin, ...(confidential ? { confidential: true } : {}) };
    return [item.itemId, { item: returning, after: source.startsAt as IsoInstant, order }];
  });
}

function withParagraph(followUp: ReturningFollowUp, closed: MeetingState): ReturningFollowUp {
  const origin = followUp.state.origin;
  if (!origin || origin.meetingId !== closed.meetingId || origin.paragraph !== undefined) return followUp;
  const paragraph = closed.paragraphs[origin.itemId];
  if (paragraph === undefined) return followUp;
  return { ...followUp, state: { ...followUp.state, origin: { ...origin, paragraph } } };
}

/** Everything that returns from the item marked confidential is confidential too. */
function markConfidential(state: GroupCarryOver, meetingId: string, itemId: string): GroupCarryOver {
  const deferred = Object.fromEntries(
    Object.entries(state.deferred).map(([id, entry]) => {
      const { origin } = entry.item;
      const fromIt = id === itemId || (origin?.fromMeetingId === meetingId && origin.fromItemId === itemId);
      return [id, fromIt ? { ...entry, item: { ...entry.item, confidential: true as const } } : entry];
    }),
  );
  const followUps = Object.fromEntries(
    Object.entries(state.followUps).map(([id, followUp]) => {
      const { origin } = followUp.state;
      const fromIt = origin?.meetingId === meetingId && origin.itemId === itemId;
      return [id, fromIt ? { ...followUp, confidential: true as const } : followUp];
    }),
  );
  return { ...state, deferred, followUps };
}

/**
 * Follow-ups of the group: opened with the confidentiality of the item they were decided on,
 * moved, reported; once completed or cancelled they no longer return, nor does an återrapportering
 * of theirs that was deferred.
 */
function evolveFollowUps(state: GroupCarryOver, event: FollowUpEvent): GroupCarryOver {
  const { followUpId } = event.data;
  if (event.type === 'FollowUpOpened') {
    if (event.data.groupId !== state.groupId) return state;
    const { meetingId, itemId, meetingDate: date } = event.data.origin;
    const origin = state.meetings[meetingId]?.meeting;
    // The follow-up says so itself since it carries confidential; older ones are told by their item.
    const confidential =
      event.data.confidential === true ||
      (origin !== undefined && isConfidentialItem(origin, itemId)) ||
      state.deferred[itemId]?.item.confidential === true;
    const followUp: ReturningFollowUp = {
      state: evolveFollowUp(initialFollowUpState(), event),
      after: origin?.startsAt ?? `${date}T00:00:00Z`,
      ...(confidential ? { confidential: true as const } : {}),
    };
    return { ...state, followUps: { ...state.followUps, [followUpId]: followUp } };
  }
  const current = state.followUps[followUpId];
  if (current === undefined) return state;
  const next = evolveFollowUp(current.state, event);
  if (isOpenFollowUp(next)) {
    // Its item marked confidential after it was assigned: it returns without its title from now on.
    const marked = event.type === 'FollowUpMarkedConfidential' ? { confidential: true as const } : {};
    return {
      ...state,
      followUps: { ...state.followUps, [followUpId]: { ...current, ...marked, state: next } },
    };
  }
  const { [followUpId]: _closed, ...followUps } = state.followUps;
  const deferred = Object.fromEntries(
    Object.entries(state.deferred).filter(([, entry]) => entry.item.origin?.followUpId !== followUpId),
  );
  return { ...state, followUps, deferred };
}
