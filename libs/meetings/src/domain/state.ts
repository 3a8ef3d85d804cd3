import type {
  IsoDate,
  IsoInstant,
  Party,
  PartyStatement,
  PersonRef,
  ProtocolNumber,
} from '#domain/shared-kernel';
import type { AgendaItem } from './agenda-item.js';
import type { AttendanceEntry, Justerare } from './participants.js';

export type DecisionOutcome = 'enighet' | 'oenighet';

export interface InformationRecord {
  text: string;
  presenter?: PersonRef;
  comments: PartyStatement[];
}

export interface DialogRecord {
  text: string;
  views: PartyStatement[];
}

export interface DecisionRecord {
  text: string;
  outcome: DecisionOutcome;
  /** The union organisations that disagree; empty on enighet. */
  disagreeing: string[];
  protokollsanteckningar: PartyStatement[];
}

export interface FollowUpAssignment {
  followUpId: string;
  action: string;
  responsible: PersonRef;
  dueDate: IsoDate;
}

/** Everything recorded on one agenda item. Recording again before close replaces the record. */
export interface ItemRecords {
  information?: InformationRecord;
  dialog?: DialogRecord;
  decision?: DecisionRecord;
  /** Protokollsanteckningar entered on their own (those given with a decision live on it). */
  protokollsanteckningar: PartyStatement[];
  followUps: FollowUpAssignment[];
  deferral?: { reason: string };
  confidential?: { reason: string };
}

export interface Kallelse {
  agendaVersion: number;
  recipients: PersonRef[];
  at: IsoInstant;
}

export interface ProtocolRevision {
  revision: number;
  /** original: made at close; revision: the secretary's correction before justering; rättelse: after it. */
  kind: 'original' | 'revision' | 'rättelse';
  by?: PersonRef;
  reason?: string;
  at: IsoInstant;
}

export interface JusteringApproval {
  revision: number;
  justerare: PersonRef;
  party: Party;
  textHash: string;
  at: IsoInstant;
}

export interface JusteringDecline {
  revision: number;
  justerare: PersonRef;
  party: Party;
  comment: string;
  at: IsoInstant;
}

export interface MeetingCancellation {
  reason: string;
  at: IsoInstant;
}

export interface MeetingState {
  /** A cancelled meeting was never held: it has no protocol, and nothing more is recorded on it. */
  status: 'unscheduled' | 'scheduled' | 'closed' | 'cancelled';
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
  agenda: AgendaItem[];
  /** 0 is the proposal made at scheduling (carried-over items); each change adds one. */
  agendaVersion: number;
  kallelser: Kallelse[];
  attendance: AttendanceEntry[];
  justerare: Justerare[];
  items: Record<string, ItemRecords>;
  closedAt?: IsoInstant;
  cancellation?: MeetingCancellation;
  /** itemId → § number, fixed when the meeting is closed. */
  paragraphs: Record<string, number>;
  revisions: ProtocolRevision[];
  approvals: JusteringApproval[];
  declines: JusteringDecline[];
  /** Every revision that was fully justerad, in order; the protocol is justerat when the latest is among them. */
  justeringar: { revision: number; textHash: string; at: IsoInstant }[];
}

export const initialMeetingState = (): MeetingState => ({
  status: 'unscheduled',
  unionOrganisations: [],
  agenda: [],
  agendaVersion: 0,
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
