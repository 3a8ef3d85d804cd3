import type {
  IsoDate,
  IsoInstant,
  Party,
  PartyStatement,
  PersonRef,
  ProtocolNumber,
} from '../shared/index.js';
import type { AgendaItem } from './agenda-item.js';
import type { TextCorrection } from './events.js';
import type { AttendanceEntry, Justerare } from './participants.js';
import type { DecisionOutcome } from './state.js';

type For<T extends string, D> = { type: T; data: { meetingId: string; at: IsoInstant } & D };

export type MeetingCommand =
  | For<
      'ScheduleMeeting',
      {
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
      }
    >
  /** Moves a meeting not yet under way; place and video link replace the earlier ones. */
  | For<'RescheduleMeeting', { startsAt: IsoInstant; endsAt: IsoInstant; place?: string; videoLink?: string }>
  | For<'CancelMeeting', { reason: string }>
  /** Replaces the ordered agenda; the first time it is "set", afterwards "amended". */
  | For<'SetAgenda', { items: AgendaItem[] }>
  | For<'IssueKallelse', { recipients: PersonRef[] }>
  | For<'RecordAttendance', { attendees: AttendanceEntry[] }>
  | For<'AppointJusterare', { justerare: Justerare[] }>
  | For<
      'RecordInformation',
      { itemId: string; text: string; presenter?: PersonRef; comments?: PartyStatement[] }
    >
  | For<'RecordDialog', { itemId: string; text: string; views?: PartyStatement[] }>
  | For<
      'RecordDecision',
      {
        itemId: string;
        text: string;
        outcome: DecisionOutcome;
        disagreeing?: string[];
        protokollsanteckningar?: PartyStatement[];
      }
    >
  /**
   * `enteredBy`: the party's representative entering their own statement, who must be recorded
   * present; left out when the ordförande or sekreterare records it for the protocol.
   */
  | For<'AddProtokollsanteckning', { itemId: string; party: Party; text: string; enteredBy?: PersonRef }>
  | For<
      'AssignFollowUpDate',
      { itemId: string; followUpId: string; action: string; responsible: PersonRef; dueDate: IsoDate }
    >
  | For<'DeferItem', { itemId: string; reason: string }>
  /** A party puts an item on the agenda itself (MBL §12); `proposedBy` is the person who did. */
  | For<'ProposeAgendaItem', { item: Omit<AgendaItem, 'origin'>; proposedBy: PersonRef }>
  | For<'AddOvrigFraga', { item: Omit<AgendaItem, 'kind' | 'origin'> }>
  | For<'MarkItemConfidential', { itemId: string; reason: string }>
  | For<'CloseMeeting', object>
  | For<'ReviseProtocol', { revisedBy: PersonRef; reason: string; corrections: TextCorrection[] }>
  /** Rättelse: only after justering. */
  | For<'CorrectProtocol', { correctedBy: PersonRef; reason: string; corrections: TextCorrection[] }>
  | For<'JusteraProtocol', { justerarePersonId: string; party: Party; revision: number; textHash: string }>
  | For<'DeclineJustering', { justerarePersonId: string; party: Party; revision: number; comment: string }>;

export type MeetingCommandType = MeetingCommand['type'];

export type MeetingCommandOf<T extends MeetingCommandType> = Extract<MeetingCommand, { type: T }>;
