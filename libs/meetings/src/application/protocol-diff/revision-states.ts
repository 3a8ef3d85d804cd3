import { foldEvents } from '#libs/ddd';
import { meetingDecider, type MeetingEvent, type MeetingState } from '../../domain/index.js';

/** The events that make a revision of the protocol: closing (1), a revision, a rättelse. */
const MAKES_REVISION = new Set<MeetingEvent['type']>([
  'MeetingClosed',
  'ProtocolRevised',
  'ProtocolCorrected',
]);

/**
 * The meeting as it stood when each revision was made, by revision: the stream folded up to the
 * event that made it. A revision's texts are those of that moment; what is recorded later belongs
 * to later revisions.
 */
export function revisionStates(events: readonly MeetingEvent[]): Map<number, MeetingState> {
  const states = new Map<number, MeetingState>();
  let state = meetingDecider.initialState();
  for (const event of events) {
    state = meetingDecider.evolve(state, event);
    if (MAKES_REVISION.has(event.type)) states.set((event.data as { revision: number }).revision, state);
  }
  return states;
}

/** The meeting after all its events (for access and confidentiality, which read it as it is now). */
export const currentState = (events: readonly MeetingEvent[]): MeetingState =>
  foldEvents(meetingDecider, events);
