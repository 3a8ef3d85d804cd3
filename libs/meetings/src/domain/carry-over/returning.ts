import type { FollowUpReport, FollowUpReschedule } from '#domain/follow-ups';
import { isOpenFollowUp } from '#domain/follow-ups';
import type { IsoDate, IsoInstant } from '#domain/shared-kernel';
import type { AgendaItem } from '../agenda-item.js';
import { meetingDate } from '../queries.js';
import type { MeetingState } from '../state.js';
import { followUpEntry } from './carry-over.js';
import type { GroupCarryOver } from './group-carry-over-state.js';

/** A returning item as a coming meeting's agenda shows it; a follow-up brings its history. */
export interface ReturningItem extends AgendaItem {
  followUp?: FollowUpHistory;
}

/** What happened to a returning follow-up so far: the reports and every move of its date. */
export interface FollowUpHistory {
  reports: FollowUpReport[];
  reschedules: FollowUpReschedule[];
}

/** The coming meetings, soonest first. */
export const comingMeetings = (state: GroupCarryOver): MeetingState[] =>
  Object.values(state.meetings)
    .map(({ meeting }) => meeting)
    .sort((a, b) => Date.parse(a.startsAt as string) - Date.parse(b.startsAt as string));

/**
 * Where something returns: the first coming meeting that starts after its source and, for a
 * follow-up, falls on or after its due date. Computed, never stored, so a meeting cancelled,
 * moved or scheduled in between changes it at once.
 */
export function returnsAt(state: GroupCarryOver, after: IsoInstant, dueDate?: IsoDate): string | undefined {
  return comingMeetings(state).find(
    (meeting) =>
      Date.parse(meeting.startsAt as string) > Date.parse(after) &&
      (dueDate === undefined || (meetingDate(meeting) as string) >= dueDate),
  )?.meetingId;
}

/**
 * What returns at one coming meeting: the deferred items, oldest source first in their order
 * there, then the open follow-ups now due, soonest due first (one already returning as a deferred
 * återrapportering only once). Each with its origin (group, meeting, date, §) and confidentiality.
 */
export function returningAt(state: GroupCarryOver, meetingId: string): ReturningItem[] {
  const deferred = Object.values(state.deferred)
    .filter((entry) => returnsAt(state, entry.after) === meetingId)
    .sort((a, b) => Date.parse(a.after) - Date.parse(b.after) || a.order - b.order)
    .map(({ item }) => item);
  const alreadyReturning = new Set(deferred.flatMap((item) => item.origin?.followUpId ?? []));
  const followUps = Object.values(state.followUps)
    .filter(({ state: followUp }) => isOpenFollowUp(followUp) && !alreadyReturning.has(followUp.followUpId))
    .filter(({ state: followUp, after }) => returnsAt(state, after, followUp.dueDate) === meetingId)
    .sort(
      (a, b) =>
        (a.state.dueDate as string).localeCompare(b.state.dueDate as string) ||
        (a.state.followUpId as string).localeCompare(b.state.followUpId as string),
    )
    .flatMap(({ state: followUp, confidential }): ReturningItem[] => {
      if (!isOpenFollowUp(followUp)) return [];
      const item = followUpEntry(followUp, undefined);
      const origin = item.origin && { ...item.origin, fromGroupId: state.groupId };
      const history = { reports: followUp.reports, reschedules: followUp.reschedules ?? [] };
      return [{ ...item, origin, ...(confidential ? { confidential } : {}), followUp: history }];
    });
  return [...deferred, ...followUps];
}
