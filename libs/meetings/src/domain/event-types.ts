import type { MeetingEventType } from './events.js';

/** Every meeting event type, checked by the compiler: a new event type must be listed here. */
const MEETING_EVENTS: Record<MeetingEventType, true> = {
  MeetingScheduled: true,
  MeetingRescheduled: true,
  MeetingCancelled: true,
  AgendaSet: true,
  AgendaAmended: true,
  KallelseIssued: true,
  AttendanceRecorded: true,
  JusterareAppointed: true,
  InformationRecorded: true,
  DialogRecorded: true,
  DecisionRecorded: true,
  ProtokollsanteckningAdded: true,
  FollowUpDateAssigned: true,
  ItemDeferred: true,
  ItemEscalated: true,
  AgendaItemProposed: true,
  OvrigFragaAdded: true,
  ItemMarkedConfidential: true,
  MeetingClosed: true,
  ProtocolRevised: true,
  ProtocolCorrected: true,
  JusteringApproved: true,
  JusteringDeclined: true,
  JusteringRequested: true,
  ProtocolChangeProposed: true,
  ProtocolChangeProposalAnswered: true,
  ProtocolJusterat: true,
};

/** For projections that subscribe to every meeting event. */
export const MEETING_EVENT_TYPES = Object.keys(MEETING_EVENTS) as MeetingEventType[];

export const isMeetingEventType = (type: string): type is MeetingEventType => type in MEETING_EVENTS;
