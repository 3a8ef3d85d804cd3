import type { GroupEvent } from './events.js';

/** Every group event type, checked by the compiler: a new event type must be listed here. */
const GROUP_EVENTS: Record<GroupEvent['type'], true> = {
  GroupCreated: true,
  MemberJoined: true,
  MemberLeft: true,
  MeetingLeadershipSet: true,
  FederationJusteringSet: true,
  ProtocolFormSet: true,
  ProtocolFormReset: true,
  JusteringSet: true,
  NoticeTimesSet: true,
  MeetingAdded: true,
  ProtocolNumberAllocated: true,
  ProtocolNumberSeriesSet: true,
};

export const GROUP_EVENT_TYPES = Object.keys(GROUP_EVENTS) as GroupEvent['type'][];
