import type { Justerare, MeetingState } from '../../domain/index.js';

/** The caller's appointment as justerare (the access policy has already checked there is one). */
export function appointmentOf(meeting: MeetingState, accountId: string): Justerare {
  const appointment = meeting.justerare.find(({ person }) => person.personId === accountId);
  if (appointment === undefined) throw new Error(`${accountId} is not a justerare of this meeting`);
  return appointment;
}
