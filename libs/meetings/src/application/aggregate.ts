import { type Aggregate } from '#libs/groups';
import {
  type MeetingCommand,
  meetingDecider,
  type MeetingEvent,
  type MeetingState,
} from '../domain/index.js';

export const MEETING: Aggregate<MeetingCommand, MeetingEvent, MeetingState> = {
  streamType: 'meeting',
  decider: meetingDecider,
  accessFacts: async (meeting, groupOf) => ({ group: await groupOf(meeting.groupId), meeting }),
};
