import { FORMAL_MEETING_RULES, type MeetingRules } from '#domain/groups';
import type {
  Federation,
  IsoInstant,
  PartyStatement,
  PersonRef,
  ProtocolForm,
  ProtocolNumber,
} from '#domain/shared-kernel';
import type { AgendaItem } from './agenda-item.js';
import type {
  At,
  DecisionRecord,
  DialogRecord,
  FollowUpAssignment,
  InformationRecord,
  JusteringApprovalFacts,
  JusteringDeclineFacts,
  JusteringFacts,
  JusteringRequestFacts,
  KallelseFacts,
  ProposalAnswerFacts,
  ProtocolChangeProposalFacts,
  Reason,
  RemovedAgendaItem,
  RevisionKind,
} from './facts.js';
import type { EscalationRecord } from './escalation.js';
import type { AttendanceEntry, Justerare } from './participants.js';

export type {
  DecisionOutcome,
  DecisionRecord,
  DialogRecord,
  FollowUpAssignment,
  InformationRecord,
} from './facts.js';

/** Everything recorded on one agenda item. Recording again before close replaces the record. */
export interface ItemRecords {
  information?: InformationRecord;
  dialog?: DialogRecord;
  decision?: DecisionRecord;
  /** Protokollsanteckningar entered on their own (those given with a decision live on it). */
  protokollsanteckningar: PartyStatement[];
  followUps: FollowUpAssignment[];
  deferral?: Reason;
  /** Raised to the parent group or to an MBL negotiation: handled here, answered elsewhere. */
  escalation?: EscalationRecord;
  confidential?: Reason;
}

export type Kallelse = KallelseFacts & At;

export interface ProtocolRevision extends At {
  revision: number;
  kind: RevisionKind;
  by?: PersonRef;
  reason?: string;
}

export type JusteringApproval = JusteringApprovalFacts & At;
export type JusteringDecline = JusteringDeclineFacts & At;
export type JusteringRequest = JusteringRequestFacts & At;
/** A proposal with the secretary's answer once given. */
export type ProtocolChangeProposal = ProtocolChangeProposalFacts & At & { answer?: ProposalAnswerFacts & At };
export type MeetingCancellation = Reason & At;
/** An item taken off the agenda: what it was, why, and in which agenda version. */
export type AgendaRemoval = RemovedAgendaItem & At & { agendaVersion: number };

export const MEETING_STATUSES = ['unscheduled', 'scheduled', 'closed', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export interface MeetingState {
  /** A cancelled meeting was never held: it has no protocol, and nothing more is recorded on it. */
  status: MeetingStatus;
  meetingId?: string;
  groupId?: string;
  startsAt?: IsoInstant;
  endsAt?: IsoInstant;
  place?: string;
  videoLink?: string;
  /** Kept when the meeting is cancelled: the kallelse already named it, so it is never reused. */
  protocolNumber?: ProtocolNumber;
  dnr?: string;
  /** The tenant's union organisations when the meeting was scheduled: the list every party is checked against. */
  unionOrganisations: string[];
  /**
   * Union organisation → its federation, when the meeting was scheduled. Optional, as a state stored
   * by a projection before federations were kept has none.
   */
  federations?: Record<string, Federation>;
  /** Parties and justering, as the group had them when the meeting was scheduled. */
  rules: MeetingRules;
  agenda: AgendaItem[];
  /** 0 is the proposal made at scheduling (carried-over items); each change adds one. */
  agendaVersion: number;
  /** Items taken off the agenda with a reason, in order: a union's proposal never disappears without trace. */
  removedItems: AgendaRemoval[];
  kallelser: Kallelse[];
  attendance: AttendanceEntry[];
  justerare: Justerare[];
  items: Record<string, ItemRecords>;
  /** When the protocol came to exist (the closing was recorded); not when the meeting ended. */
  closedAt?: IsoInstant;
  /** When the meeting was really held, if the one who closed it said so. */
  startedAt?: IsoInstant;
  endedAt?: IsoInstant;
  cancellation?: MeetingCancellation;
  /** itemId → § number, fixed when the meeting is closed. */
  paragraphs: Record<string, number>;
  /**
   * itemId → "a", "b": the sub-items' letters under their parent's §, fixed at close. Optional, as a
   * state stored by a projection before sub-items existed has none.
   */
  subItems?: Record<string, string>;
  /** The group's protocol form the meeting was closed in; absent before close and on older meetings. */
  protocolForm?: ProtocolForm;
  /**
   * The agenda the fastställande is compared with: as the last kallelse sent it or, without one, as
   * it stood when the meeting began. Absent while nothing has changed since.
   */
  agendaAsAnnounced?: AgendaItem[];
  revisions: ProtocolRevision[];
  approvals: JusteringApproval[];
  declines: JusteringDecline[];
  /** The latest request for justering; absent until the secretary asks. */
  justeringRequest?: JusteringRequest;
  /** Change proposals per §, in order. Optional, as a state stored by a projection before them has none. */
  proposals?: ProtocolChangeProposal[];
  /** Every revision that was fully justerad, in order; the protocol is justerat when the latest is among them. */
  justeringar: (JusteringFacts & At)[];
  /**
   * The latest revision the unit's employees may read (the public version): the latest justerat
   * one, or, for a meeting without justering, the latest since it closed. Undefined until then.
   */
  publishedRevision?: number;
}

export const initialMeetingState = (): MeetingState => ({
  status: 'unscheduled',
  unionOrganisations: [],
  rules: FORMAL_MEETING_RULES,
  agenda: [],
  agendaVersion: 0,
  removedItems: [],
  kallelser: [],
  attendance: [],
  justerare: [],
  items: {},
  paragraphs: {},
  revisions: [],
  approvals: [],
  declines: [],
  justeringar: [],
});

export const emptyItemRecords = (): ItemRecords => ({ protokollsanteckningar: [], followUps: [] });
