import {
  deepEqual,
  definedOnly,
  formatProtocolNumber,
  requireText,
  stockholmDate,
} from '#domain/shared-kernel';
import type { MeetingCommandOf } from './commands.js';
import { meetingError } from './errors.js';
import type { MeetingEvent } from './events.js';
import { requireNotUnderWay, requireOpenMeeting } from './guards.js';
import type { MeetingState } from './state.js';
import { requireTimeAndPlace } from './time-and-place.js';

/**
 * Changes to a meeting that has not been held yet: moving it and cancelling it. The kallelse's
 * calendar invitation follows both (a new SEQUENCE when it moves, METHOD:CANCEL when cancelled).
 */

export function rescheduleMeeting(
  { data }: MeetingCommandOf<'RescheduleMeeting'>,
  state: MeetingState,
): MeetingEvent[] {
  const moved = requireTimeAndPlace(data);
  requireOpenMeeting(state);
  requireNotUnderWay(state);
  // Protocol numbers run per calendar year (in Sweden); a number of one year on a meeting held in
  // another would break the series, so such a move is a cancellation and a new meeting.
  const { protocolNumber } = state;
  if (protocolNumber && Number(stockholmDate(moved.startsAt).slice(0, 4)) !== protocolNumber.year)
    throw meetingError.rescheduledToAnotherYear(formatProtocolNumber(protocolNumber), moved.startsAt);
  const { startsAt, endsAt, place, videoLink } = state;
  // The same time and place again (a retried request) is no move: the invitation stays as it is.
  if (deepEqual(moved, definedOnly({ startsAt, endsAt, place, videoLink }))) return [];
  return [{ type: 'MeetingRescheduled', data: { meetingId: data.meetingId, ...moved, at: data.at } }];
}

/**
 * A cancelled meeting keeps its protocol number: the kallelse and the calendars already carry it,
 * so giving it to another meeting would make "Protokoll N/YYYY" name two meetings. The series
 * simply has no protocol under that number.
 */
export function cancelMeeting(
  { data }: MeetingCommandOf<'CancelMeeting'>,
  state: MeetingState,
): MeetingEvent[] {
  const reason = requireText(data.reason, 'reason');
  // Cancelling twice is harmless, whatever the second reason (as with follow-ups).
  if (state.status === 'cancelled') return [];
  requireOpenMeeting(state);
  requireNotUnderWay(state);
  return [{ type: 'MeetingCancelled', data: { meetingId: data.meetingId, reason, at: data.at } }];
}
