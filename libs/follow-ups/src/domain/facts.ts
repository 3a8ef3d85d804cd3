import type { IsoDate, IsoInstant, PersonRef } from '#domain/shared-kernel';

/**
 * The facts of a follow-up, each shape declared once: commands, events, the state and the HTTP
 * DTOs are derived from them.
 */

export const FOLLOW_UP_STATUSES = ['not_opened', 'open', 'completed', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** The statuses a follow-up that exists can have (it is opened by the command that makes it). */
export const OPENED_FOLLOW_UP_STATUSES = ['open', 'completed', 'cancelled'] as const;
export type OpenedFollowUpStatus = (typeof OPENED_FOLLOW_UP_STATUSES)[number];

/** What the list can be filtered by: one status, or all of them. */
export const FOLLOW_UP_LIST_STATUSES = [...OPENED_FOLLOW_UP_STATUSES, 'all'] as const;
export type FollowUpListStatus = (typeof FOLLOW_UP_LIST_STATUSES)[number];

/** Which follow-up a fact is about, and when it happened. */
export interface FollowUpFact {
  followUpId: string;
  at: IsoInstant;
}

/**
 * Who reported, completed, moved or cancelled a follow-up: the signed-in person, added by the
 * handler (never by the client). Optional: events written before it was recorded have none.
 */
export interface FollowUpActor {
  by?: PersonRef;
}

/** Where the action was decided: "från § 7, 2019-02-25". */
export interface FollowUpOrigin {
  meetingId: string;
  itemId: string;
  /** The meeting's date in Europe/Stockholm. */
  meetingDate: IsoDate;
  /** Known once the origin meeting is closed and its § numbers are fixed. */
  paragraph?: number;
}

/** What opening a follow-up records: the action decided, who is responsible and by when. */
export interface FollowUpOpening {
  groupId: string;
  origin: FollowUpOrigin;
  action: string;
  responsible: PersonRef;
  dueDate: IsoDate;
  /**
   * Decided on a confidential item: the action, reports and closing note are for the group's
   * active members only. Set when opened from such an item, or later (FollowUpMarkedConfidential)
   * when the item is marked confidential after the follow-up was assigned.
   */
  confidential?: boolean;
}

/** Återrapportering in a meeting (the item it was reported under, when there is one). */
export interface FollowUpReportFacts {
  meetingId: string;
  itemId?: string;
  text: string;
}

export interface FollowUpCompletion {
  note?: string;
}

export interface FollowUpRescheduling {
  newDueDate: IsoDate;
  reason: string;
}

export interface FollowUpCancellation {
  reason: string;
}

/** What a meeting did with a returning follow-up when it took up its återrapportering item. */
export const FOLLOW_UP_HANDLINGS = ['reported', 'completed', 'rescheduled'] as const;
export type FollowUpHandlingOutcome = (typeof FOLLOW_UP_HANDLINGS)[number];

export interface FollowUpHandling {
  /** reported: it returns again while open and due; completed: done; rescheduled: a new date. */
  outcome: FollowUpHandlingOutcome;
  /** With completed: a closing note. */
  note?: string;
  /** With rescheduled: the new date and why. */
  newDueDate?: IsoDate;
  reason?: string;
}
