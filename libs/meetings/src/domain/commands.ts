import type { MeetingRules } from '#domain/groups';
import type {
  Federation,
  IsoDate,
  IsoInstant,
  PersonRef,
  ProtocolForm,
  ProtocolNumber,
} from '#domain/shared-kernel';
import type { AgendaItem } from './agenda-item.js';
import type {
  AgendaItemRemoval,
  DecisionInput,
  DialogInput,
  FollowUpAssignment,
  InformationInput,
  JusteringApprovalFacts,
  JusteringDeclineFacts,
  OnItem,
  ProposalAnswerFacts,
  ProtocolChangeProposalFacts,
  ProtocolCorrections,
  ProtokollsanteckningEntry,
  Reason,
  TextCorrection,
} from './facts.js';
import type { EscalationInput } from './escalation.js';
import type { AttendanceEntry, Justerare } from './participants.js';
import type { HeldTimes } from './held-times.js';
import type { TimeAndPlace } from './time-and-place.js';

/** What scheduling records besides the time and place. */
export interface MeetingSetup {
  groupId: string;
  /**
   * Meetings scheduled before numbers were given at closing carried one; a new meeting has none
   * until it closes (the group's AllocateProtocolNumber, in the same transaction as MeetingClosed).
   */
  protocolNumber?: ProtocolNumber;
  dnr?: string;
  /** The tenant's union organisations, read from the organisation stream by the caller. */
  unionOrganisations: string[];
  /**
   * Union organisation → its federation (Saco, TCO, LO), as the organisation had them when the
   * meeting was scheduled: attendance names a union with it, and a justerare may justera for it.
   * Left out when no union is in one (and by meetings scheduled before federations were kept).
   */
  federations?: Record<string, Federation>;
  /** From proposeCarryOver(): the previous meeting's deferred items and the due follow-ups. */
  carriedOver: AgendaItem[];
  /**
   * The group's rules when the meeting was scheduled (parties, justering), read from the group by
   * the caller; the meeting keeps them. Left out (every meeting scheduled before APT had rules of
   * its own): formal parties and justering by the parties.
   */
  rules?: MeetingRules;
}

/**
 * The presenters' person ids the organisation knows (members of the group, accounts), looked up by
 * the use case (a decider reads no accounts): a presenter named by an id not among them is refused.
 * Left out, not checked.
 */
interface PresenterAccounts {
  knownPresenters?: string[];
}

/** A justerare acts for themselves: the command names them by id, the event by person. */
type ByJusterare<T> = Omit<T, 'justerare'> & { justerarePersonId: string };

/**
 * Each meeting command's own data, by type, made of the facts in facts.ts. Every command also
 * carries the meeting id and the time (`at`); `meetingCommand()` adds them, and the compiler
 * checks the data against the type.
 */
export interface MeetingCommandPayloads {
  ScheduleMeeting: TimeAndPlace & MeetingSetup;
  /** Moves a meeting not yet under way; place and video link replace the earlier ones. */
  RescheduleMeeting: TimeAndPlace;
  CancelMeeting: Reason;
  /**
   * Replaces the ordered agenda; the first time it is "set", afterwards "amended". `removals` give
   * the reason an item left out is taken off (required for an item a union organisation proposed).
   * `form` is the group's protocol form, read by the caller, that the items' sections and sub-items
   * are checked against.
   */
  SetAgenda: { items: AgendaItem[]; removals?: AgendaItemRemoval[]; form?: ProtocolForm } & PresenterAccounts;
  IssueKallelse: { recipients: PersonRef[] };
  RecordAttendance: { attendees: AttendanceEntry[] };
  AppointJusterare: { justerare: Justerare[] };
  RecordInformation: OnItem & InformationInput;
  RecordDialog: OnItem & DialogInput;
  RecordDecision: OnItem & DecisionInput;
  AddProtokollsanteckning: OnItem & ProtokollsanteckningEntry;
  AssignFollowUpDate: OnItem & FollowUpAssignment;
  DeferItem: OnItem & Reason;
  /** Raise the item to the group's parent or to an MBL negotiation; the groups are read by the caller. */
  EscalateItem: OnItem & EscalationInput;
  /** A party puts an item on the agenda itself (MBL §12); `proposedBy` is the person who did. */
  ProposeAgendaItem: { item: Omit<AgendaItem, 'origin'>; proposedBy: PersonRef } & PresenterAccounts;
  AddOvrigFraga: { item: Omit<AgendaItem, 'kind' | 'origin'> } & PresenterAccounts;
  MarkItemConfidential: OnItem & Reason;
  /** `form` is the group's protocol form, read by the caller: the §§ are numbered by it and it is recorded. */
  /**
   * `protocolNumber` is the number the group gives the meeting now (the use case allocates it);
   * a meeting numbered at scheduling keeps its own. startedAt/endedAt: when it was really held.
   */
  CloseMeeting: HeldTimes & { form?: ProtocolForm; protocolNumber?: ProtocolNumber };
  ReviseProtocol: ProtocolCorrections & { revisedBy: PersonRef };
  /** Rättelse: only after justering. */
  CorrectProtocol: ProtocolCorrections & { correctedBy: PersonRef };
  /**
   * `textHash` is the hash the justerare names (of the text they read); `currentTextHash` is the
   * hash of the latest revision's text as it is now, which the use case computes (a decider does
   * not render protocols). An approval binds to the text seen only when the two are the same.
   */
  JusteraProtocol: ByJusterare<JusteringApprovalFacts> & { currentTextHash: string };
  DeclineJustering: ByJusterare<JusteringDeclineFacts>;
  /**
   * The secretary (or chair) asks the justerare to justera the latest revision. Without a
   * `lastDate`, the last day is `defaultDays` (the organisation's setting) after the request.
   */
  RequestJustering: { requestedBy: PersonRef; lastDate?: IsoDate; defaultDays: number };
  /** The proposal id is the decider's (the next in the meeting); the rest is the justerare's. */
  ProposeProtocolChange: ByJusterare<Omit<ProtocolChangeProposalFacts, 'proposalId' | 'paragraph'>>;
  /**
   * Accepting makes a new revision with `corrections` (those of the proposal's § only); without
   * them, the proposal's own wording is taken.
   */
  AnswerProtocolChangeProposal: Omit<ProposalAnswerFacts, 'revision' | 'itemId'> & {
    corrections?: TextCorrection[];
  };
}

export type MeetingCommandType = keyof MeetingCommandPayloads;

/** A meeting command's own fields, without the meeting id and the time. */
export type MeetingPayload<T extends MeetingCommandType> = MeetingCommandPayloads[T];

export type MeetingCommandOf<T extends MeetingCommandType> = {
  type: T;
  data: { meetingId: string; at: IsoInstant } & MeetingCommandPayloads[T];
};

/** One command of the types in T: for T a union, the union of their commands (each typed). */
export type OneOfMeetingCommands<T extends MeetingCommandType> = { [K in T]: MeetingCommandOf<K> }[T];

export type MeetingCommand = OneOfMeetingCommands<MeetingCommandType>;

/** Builds a meeting command of one type; the payload is checked against that type. */
export function meetingCommand<T extends MeetingCommandType>(
  type: T,
  meetingId: string,
  at: IsoInstant,
  payload: MeetingCommandPayloads[T],
): MeetingCommandOf<T> {
  return { type, data: { meetingId, at, ...payload } };
}
