import type { FollowUpReport, FollowUpReschedule } from '#domain/follow-ups';
import { isOpenFollowUp } from '#domain/follow-ups';
import type { IsoDate, IsoInstant } from '#domain/shared-kernel';
import type { AgendaItem } from '../agenda-item.js';
import { meetingDate } from '../queries.js';
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

/** A coming meeting's start and date, parsed once per question rather than once per comparison. */
interface ComingSlot {
  meetingId: string;
  startsAt: number;
  date: string;
}

/** The coming meetings, soonest first. */
function comingSlots(state: GroupCarryOver): ComingSlot[] {
  return Object.values(state.meetings)
    .map(({ meeting }) => ({
      meetingId: meeting.meetingId as string,
      startsAt: Date.parse(meeting.startsAt as string),
      date: meetingDate(meeting) as string,
    }))
    .sort((a, b) => a.startsAt - b.startsAt);
}

/**
 * Where something returns: the first coming meeting that starts after its source and, for a
 * follow-up, falls on or after its due date. Computed, never stored, so a meeting cancelled,
 * moved or scheduled in between changes it at once. The slots are sorted once for all the items
 * asked about: sorting per item made a group with many coming meetings and open follow-ups cost
 * seconds per question (items × meetings × log meetings date parses).
 */
function returnsAt(slots: readonly ComingSlot[], after: IsoInstant, dueDate?: IsoDate): string | undefined {
  const afterMs = Date.parse(after);
  return slots.find((slot) => slot.startsAt > afterMs && (dueDate === undefined || slot.date >= dueDate))
    ?.meetingId;
}

/**
 * What returns at one coming meeting: the deferred items, oldest source first in their order
 * there, then the open follow-ups now due, soonest due first (one already returning as a deferred
 * återrapportering only once). Each with its origin (group, meeting, date, §) and confidentiality.
 */
export function returningAt(state: GroupCarryOver, meetingId: string): ReturningItem[] {
  return [...(returningIn(state).items.get(meetingId) ?? [])];
}

/**
 * Every coming meeting's returning items, worked out in one pass and kept per state: a state is
 * never changed (evolve makes a new one), and the document projection asks about each coming
 * meeting of the group, before and after every event, so working it out per meeting made an
 * event cost meetings² × items.
 */
interface Returning {
  items: ReadonlyMap<string, readonly ReturningItem[]>;
  /**
   * The entries of the state (deferred items and open follow-ups) the items at each coming meeting
   * were made from, as the state holds them: the fold keeps the object of every entry an event did
   * not touch, so two states whose lists for a meeting hold the same objects return the same items.
   */
  sources: ReadonlyMap<string, readonly object[]>;
}
const returningByState = new WeakMap<GroupCarryOver, Returning>();

/**
 * Whether what returns at a coming meeting may differ between two states of the group: false only
 * when it certainly does not (the same entries, in the same order, by reference), which costs a few
 * comparisons instead of building and comparing the items.
 */
export function returningMayDiffer(
  before: GroupCarryOver,
  after: GroupCarryOver,
  meetingId: string,
): boolean {
  if (before.groupId !== after.groupId) return true;
  const was = returningIn(before).sources.get(meetingId) ?? [];
  const is = returningIn(after).sources.get(meetingId) ?? [];
  return was.length !== is.length || was.some((entry, i) => entry !== is[i]);
}

function returningIn(state: GroupCarryOver): Returning {
  const known = returningByState.get(state);
  if (known) return known;
  const slots = comingSlots(state);
  const deferredAt = groupedBy(
    Object.values(state.deferred).sort(
      (a, b) => Date.parse(a.after) - Date.parse(b.after) || a.order - b.order,
    ),
    (entry) => returnsAt(slots, entry.after),
  );
  const followUpsAt = groupedBy(
    Object.values(state.followUps)
      .filter(({ state: followUp }) => isOpenFollowUp(followUp))
      .sort(
        (a, b) =>
          (a.state.dueDate as string).localeCompare(b.state.dueDate as string) ||
          (a.state.followUpId as string).localeCompare(b.state.followUpId as string),
      ),
    ({ state: followUp, after }) => returnsAt(slots, after, followUp.dueDate),
  );
  const byMeeting = new Map<string, readonly ReturningItem[]>();
  const sources = new Map<string, readonly object[]>();
  for (const { meetingId } of slots) {
    sources.set(meetingId, [...(deferredAt.get(meetingId) ?? []), ...(followUpsAt.get(meetingId) ?? [])]);
    const deferred = (deferredAt.get(meetingId) ?? []).map(({ item }) => item);
    const alreadyReturning = new Set(deferred.flatMap((item) => item.origin?.followUpId ?? []));
    const followUps = (followUpsAt.get(meetingId) ?? [])
      .filter(({ state: followUp }) => !alreadyReturning.has(followUp.followUpId as string))
      .flatMap(({ state: followUp, confidential }): ReturningItem[] => {
        if (!isOpenFollowUp(followUp)) return [];
        const item = followUpEntry(followUp, undefined);
        const origin = item.origin && { ...item.origin, fromGroupId: state.groupId };
        const history = { reports: followUp.reports, reschedules: followUp.reschedules ?? [] };
        return [{ ...item, origin, ...(confidential ? { confidential } : {}), followUp: history }];
      });
    byMeeting.set(meetingId, [...deferred, ...followUps]);
  }
  const returning = { items: byMeeting, sources };
  returningByState.set(state, returning);
  return returning;
}

/** The values by the key each gives, in their order; those with no key are left out. */
function groupedBy<T>(values: readonly T[], keyOf: (value: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}
