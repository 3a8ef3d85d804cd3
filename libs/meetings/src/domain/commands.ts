import type {
  IsoDate,
  IsoInstant,
  Party,
  PartyStatement,
  PersonRef,
  ProtocolNumber,
} from '#domain/shared-kernel';
import type { AgendaItem } from './agenda-item.js';
import type { TextCorrection } from './events.js';
import type { AttendanceEntry, Justerare } from './participants.js';
import type { DecisionOutcome } from './state.js';

/**
 * Each meeting command's own data, by type. Every command also carries the meeting id and the
 * time (`at`); `meetingCommand()` adds them, and the compiler checks the data against the type.
 */
export interface MeetingCommandPayloads {
  ScheduleMeeting: {
    groupId: string;
    startsAt: IsoInstant;
    endsAt: IsoInstant;
    place?: string;
    videoLink?: string;
    /** Allocated by the group (AllocateProtocolNumber) before scheduling. */
    protocolNumber: ProtocolNumber;
    dnr?: string;
    /** The tenant's union organisations, read from the organisation stream by the caller. */
    unionOrganisations: string[];
    /** From proposeCarryOver(): the previous meeting's deferred items and the due follow-ups. */
    carriedOver: AgendaItem[];
  };
  /** Moves a meeting not yet under way; place and video link replace the earlier ones. */
  RescheduleMeeting: { startsAt: IsoInstant; endsAt: IsoInstant; place?: string; videoLink?: string };
  CancelMeeting: { reason: string };
  /** Replaces the ordered agenda; the first time it is "set", afterwards "amended". */
  SetAgenda: { items: AgendaItem[] };
  IssueKallelse: { recipients: PersonRef[] };
  RecordAttendance: { attendees: AttendanceEntry[] };
  AppointJusterare: { justerare: Justerare[] };
  RecordInformation: { itemId: string; text: string; presenter?: PersonRef; comments?: PartyStatement[] };
  RecordDialog: { itemId: string; text: string; views?: PartyStatement[] };
  RecordDecision: {
    itemId: string;
    text: string;
    outcome: DecisionOutcome;
    disagreeing?: string[];
    protokollsanteckningar?: PartyStatement[];
  };
  /**
   * `enteredBy`: the party's representative entering their own statement, who must be recorded
   * present; left out when the ordförande or sekreterare records it for the protocol.
   */
  AddProtokollsanteckning: { itemId: string; party: Party; text: string; enteredBy?: PersonRef };
  AssignFollowUpDate: {
    itemId: string;
    followUpId: string;
    action: string;
    responsible: PersonRef;
    dueDate: IsoDate;
  };
  DeferItem: { itemId: string; reason: string };
  /** A party puts an item on the agenda itself (MBL §12); `proposedBy` is the person who did. */
  ProposeAgendaItem: { item: Omit<AgendaItem, 'origin'>; proposedBy: PersonRef };
  AddOvrigFraga: { item: Omit<AgendaItem, 'kind' | 'origin'> };
  MarkItemConfidential: { itemId: string; reason: string };
  CloseMeeting: object;
  ReviseProtocol: { revisedBy: PersonRef; reason: string; corrections: TextCorrection[] };
  /** Rättelse: only after justering. */
  CorrectProtocol: { correctedBy: PersonRef; reason: string; corrections: TextCorrection[] };
  JusteraProtocol: { justerarePersonId: string; party: Party; revision: number; textHash: string };
  DeclineJustering: { justerarePersonId: string; party: Party; revision: number; comment: string };
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
