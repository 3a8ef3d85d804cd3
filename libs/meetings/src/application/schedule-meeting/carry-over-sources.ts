import type { IsoInstant } from '#libs/shared-kernel';
import type { MeetingState } from '../../domain/index.js';

/** The meetings a new meeting's carry-over is proposed from. */
export interface CarryOverSources {
  /** The group's latest meeting before the new one that was not cancelled: its deferrals return. */
  previousMeeting?: MeetingState;
  /**
   * The meetings cancelled after it (and before the new one), in date order. Taking the latest
   * meeting regardless would let a cancelled one swallow what was deferred to it: it has no
   * deferrals of its own, and the items it had carried over sit unhandled on its agenda.
   */
  cancelledMeetings: MeetingState[];
}

/**
 * Meetings are found through the group's protocol numbers, which every scheduled meeting has,
 * and ordered by when they start (rescheduling moves them).
 */
export function carryOverSources(meetings: readonly MeetingState[], startsAt: IsoInstant): CarryOverSources {
  const before = meetings
    .filter(
      (meeting) => meeting.startsAt !== undefined && Date.parse(meeting.startsAt) < Date.parse(startsAt),
    )
    .sort((a, b) => Date.parse(a.startsAt as string) - Date.parse(b.startsAt as string));
  const previous = before.findLastIndex((meeting) => meeting.status !== 'cancelled');
  return {
    previousMeeting: before[previous],
    cancelledMeetings: before.slice(previous + 1),
  };
}

/** Every follow-up the group's meetings have assigned, each once, in the order they were assigned. */
export function followUpIdsOf(meetings: readonly MeetingState[]): string[] {
  const ids = meetings.flatMap((meeting) =>
    Object.values(meeting.items).flatMap((records) => records.followUps.map(({ followUpId }) => followUpId)),
  );
  return [...new Set(ids)];
}
