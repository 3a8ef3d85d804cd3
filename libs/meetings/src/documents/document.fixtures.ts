/** Givens for the document specs: the meeting fixtures folded, and the group they belong to. */
import { foldEvents } from '#libs/ddd';
import type { MeetingEvent } from '../domain/meeting/events.js';
import { meetingDecider } from '../domain/meeting/meeting.decider.js';
import type { MeetingState } from '../domain/meeting/state.js';
import type { GroupContext } from './document-context.js';

export const group: GroupContext = {
  organisationName: 'Exempelstads kommun',
  groupName: 'FSG/VSG Socialförvaltningen',
  groupLevels: 'FSG/VSG',
  forvaltning: 'Socialförvaltningen',
};

export const stateAfter = (events: readonly MeetingEvent[]): MeetingState =>
  foldEvents(meetingDecider, [...events]);

export * from '../domain/meeting/meeting.fixtures.js';
