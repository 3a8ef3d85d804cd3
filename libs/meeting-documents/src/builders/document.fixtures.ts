/** Givens for the document specs: the meeting fixtures folded, and the group they belong to. */
import { foldEvents } from '#libs/ddd';
import type { MeetingEvent, MeetingState } from '#libs/meetings';
import { meetingDecider } from '#libs/meetings';
import type { GroupContext } from './document-context.js';

export const group: GroupContext = {
  organisationName: 'Exempelstads kommun',
  groupName: 'FSG/VSG Socialförvaltningen',
  groupLevels: 'FSG/VSG',
  forvaltning: 'Socialförvaltningen',
};

export const stateAfter = (events: readonly MeetingEvent[]): MeetingState =>
  foldEvents(meetingDecider, [...events]);

export * from '../../../meetings/src/domain/meeting.fixtures.js';
