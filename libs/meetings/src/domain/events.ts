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
import type { DecisionOutcome } from './state.js';

/** A corrected text of one record on one item, carried by a revision or a rättelse. */
export interface TextCorrection {
  itemId: string;
  record: 'information' | 'dialog' | 'decision';
  text: string;
}

type On<T extends string, D> = { type: T; data: { meetingId: string; at: IsoInstant } & D };

export type MeetingEvent =
  | On<
      'MeetingScheduled',
      {
        groupId: string;
        startsAt: IsoInstant;
        endsAt: IsoInstant;
        place?: string;
        videoLink?: string;
        protocolNumber: ProtocolNumber;
        dnr?: string;
        unionOrganisations: string[];
        /** The initial agenda proposal: deferred items and due follow-ups, each with its origin. */
        carriedOver: AgendaItem[];
      }
    >
  /** Moved: the new time and the whole location (a place or video link left out is gone). */
  | On<'MeetingRescheduled', { startsAt: IsoInstant; endsAt: IsoInstant; place?: string; videoLink?: string }>
  | On<'MeetingCancelled', { reason: string }>
  | On<'AgendaSet', { version: number; items: AgendaItem[] }>
  | On<'AgendaAmended', { version: number; items: AgendaItem[] }>
  | On<'KallelseIssued', { agendaVersion: number; recipients: PersonRef[] }>
  | On<'AttendanceRecorded', { attendees: AttendanceEntry[] }>
  | On<'JusterareAppointed', { justerare: Justerare[] }>
  | On<
      'InformationRecorded',
      { itemId: string; text: string; presenter?: PersonRef; comments: PartyStatement[] }
    >
  | On<'DialogRecorded', { itemId: string; text: string; views: PartyStatement[] }>
  | On<
      'DecisionRecorded',
      {
        itemId: string;
        text: string;
        outcome: DecisionOutcome;
        disagreeing: string[];
        protokollsanteckningar: PartyStatement[];
      }
    >
  | On<'ProtokollsanteckningAdded', { itemId: string; party: Party; text: string; enteredBy?: PersonRef }>
  | On<
      'FollowUpDateAssigned',
      { itemId: string; followUpId: string; action: string; responsible: PersonRef; dueDate: IsoDate }
    >
  | On<'ItemDeferred', { itemId: string; reason: string }>
  /** Appended to the agenda as a new agenda version; the item's proposer is the party. */
  | On<'AgendaItemProposed', { version: number; item: AgendaItem; proposedBy: PersonRef }>
  | On<'OvrigFragaAdded', { version: number; item: AgendaItem }>
  | On<'ItemMarkedConfidential', { itemId: string; reason: string }>
  /** Fixes the § numbers and makes revision 1 of the protocol. */
  | On<'MeetingClosed', { paragraphs: { itemId: string; paragraph: number }[]; revision: number }>
  | On<
      'ProtocolRevised',
      { revision: number; revisedBy: PersonRef; reason: string; corrections: TextCorrection[] }
    >
  /** A rättelse: a correction after justering; the new revision needs a new justering. */
  | On<
      'ProtocolCorrected',
      { revision: number; correctedBy: PersonRef; reason: string; corrections: TextCorrection[] }
    >
  | On<'JusteringApproved', { revision: number; justerare: PersonRef; party: Party; textHash: string }>
  | On<'JusteringDeclined', { revision: number; justerare: PersonRef; party: Party; comment: string }>
  /** Every appointed justerare approved this revision: the protocol is final. */
  | On<'ProtocolJusterat', { revision: number; textHash: string }>;

export type MeetingEventType = MeetingEvent['type'];
