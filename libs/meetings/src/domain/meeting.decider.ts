import type { Decider } from '#libs/ddd';
import type { MeetingCommand } from './commands.js';
import { decideMeeting } from './decide.js';
import type { MeetingEvent } from './events.js';
import { evolveMeeting } from './evolve.js';
import { initialMeetingState, type MeetingState } from './state.js';

/** One samverkan meeting, from scheduling through the meeting itself to the justerat protocol. */
export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState> = {
  initialState: initialMeetingState,
  decide: decideMeeting,
  evolve: evolveMeeting,
};
