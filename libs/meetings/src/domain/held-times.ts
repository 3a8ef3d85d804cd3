import { isValidUtcInstant, stockholmDate, type IsoInstant } from '#domain/shared-kernel';
import { meetingError } from './errors.js';
import type { MeetingState } from './state.js';

/** When the meeting was actually held, as the one who closes it says (often written up later). */
export interface HeldTimes {
  startedAt?: IsoInstant;
  endedAt?: IsoInstant;
}

const HOUR = 3_600_000;
/** A meeting is held in one sitting: its end lies within this of its start. */
const LONGEST_MEETING_HOURS = 24;

/**
 * The held times must be a meeting that took place: the start on the scheduled day (in Sweden),
 * the end after the start and within a day of it, neither after the moment of closing. A time
 * not given is the scheduled one; the documents then say only that.
 */
export function requireHeldTimes(times: HeldTimes, state: MeetingState, closedAt: IsoInstant): HeldTimes {
  const { startedAt, endedAt } = times;
  for (const [field, value] of Object.entries({ startedAt, endedAt }))
    if (value !== undefined && !isValidUtcInstant(value)) throw meetingError.invalidHeldTime(field, value);
  const scheduledStart = state.startsAt as IsoInstant;
  const start = startedAt ?? scheduledStart;
  if (startedAt !== undefined && stockholmDate(startedAt) !== stockholmDate(scheduledStart))
    throw meetingError.heldOnAnotherDay(stockholmDate(scheduledStart), startedAt);
  if (endedAt !== undefined && Date.parse(endedAt) <= Date.parse(start))
    throw meetingError.endedBeforeStarted(start, endedAt);
  if (endedAt !== undefined && Date.parse(endedAt) - Date.parse(start) > LONGEST_MEETING_HOURS * HOUR)
    throw meetingError.heldOnAnotherDay(stockholmDate(scheduledStart), endedAt);
  for (const [field, value] of Object.entries({ startedAt, endedAt }))
    if (value !== undefined && Date.parse(value) > Date.parse(closedAt))
      throw meetingError.heldTimeAfterClosing(field, value, closedAt);
  return { startedAt, endedAt };
}
