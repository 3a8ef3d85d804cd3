import type { MeetingState } from '../../../domain/meeting/index.js';
import type { IsoInstant } from '../../../domain/shared/index.js';

/**
 * The previous meeting is the group's latest meeting that starts before the new one. Meetings are
 * found through the group's protocol numbers, which every scheduled meeting has.
 */
export function previousMeeting(
  meetings: readonly MeetingState[],
  startsAt: IsoInstant,
): MeetingState | undefined {
  return meetings
    .filter(
      (meeting) => meeting.startsAt !== undefined && Date.parse(meeting.startsAt) < Date.parse(startsAt),
    )
    .sort((a, b) => Date.parse(a.startsAt as string) - Date.parse(b.startsAt as string))
    .at(-1);
}

/** Every follow-up the group's meetings have assigned, each once, in the order they were assigned. */
export function followUpIdsOf(meetings: readonly MeetingState[]): string[] {
  const ids = meetings.flatMap((meeting) =>
    Object.values(meeting.items).flatMap((records) => records.followUps.map(({ followUpId }) => followUpId)),
  );
  return [...new Set(ids)];
}
