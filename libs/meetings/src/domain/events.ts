import type { IsoInstant, PersonRef, ProtocolForm, ProtocolNumber } from '#domain/shared-kernel';
import type { AgendaItem } from './agenda-item.js';
import type { MeetingSetup } from './commands.js';
import type {
  DecisionRecord,
  DialogRecord,
  FollowUpAssignment,
  InformationRecord,
  JusteringApprovalFacts,
  JusteringDeclineFacts,
  JusteringFacts,
  JusteringRequestFacts,
  KallelseFacts,
  OnItem,
  ProposalAnswerFacts,
  ProtocolChangeProposalFacts,
  ProtocolCorrections,
  ProtokollsanteckningEntry,
  Reason,
  RemovedAgendaItem,
} from './facts.js';
import type { EscalationRecord } from './escalation.js';
import type { AttendanceEntry, Justerare } from './participants.js';
import type { HeldTimes } from './held-times.js';
import type { TimeAndPlace } from './time-and-place.js';

export type { TextCorrection } from './facts.js';

type On<T extends string, D> = { type: T; data: { meetingId: string; at: IsoInstant } & D };

/** A new version of the agenda. */
interface AgendaVersion {
  version: number;
}

/** The whole ordered agenda; `removed`: items taken off with a reason (left out by older events). */
interface AgendaChange extends AgendaVersion {
  items: AgendaItem[];
  removed?: RemovedAgendaItem[];
}

export type MeetingEvent =
  /** `carriedOver` is the initial agenda proposal: deferred items and due follow-ups, each with its origin. */
  | On<'MeetingScheduled', TimeAndPlace & MeetingSetup>
  /** Moved: the new time and the whole location (a place or video link left out is gone). */
  | On<'MeetingRescheduled', TimeAndPlace>
  | On<'MeetingCancelled', Reason>
  | On<'AgendaSet', AgendaChange>
  | On<'AgendaAmended', AgendaChange>
  | On<'KallelseIssued', KallelseFacts>
  | On<'AttendanceRecorded', { attendees: AttendanceEntry[] }>
  | On<'JusterareAppointed', { justerare: Justerare[] }>
  | On<'InformationRecorded', OnItem & InformationRecord>
  | On<'DialogRecorded', OnItem & DialogRecord>
  | On<'DecisionRecorded', OnItem & DecisionRecord>
  /**
   * `revision`: set when added after closing (before justering): the statement makes that new
   * revision of the protocol, so approvals of the earlier text no longer count.
   */
  | On<'ProtokollsanteckningAdded', OnItem & ProtokollsanteckningEntry & { revision?: number }>
  | On<'FollowUpDateAssigned', OnItem & FollowUpAssignment>
  | On<'ItemDeferred', OnItem & Reason>
  /** Raised to the parent group or to an MBL negotiation (see escalation.ts). */
  | On<'ItemEscalated', OnItem & EscalationRecord>
  /** Appended to the agenda as a new agenda version; the item's proposer is the party. */
  | On<'AgendaItemProposed', AgendaVersion & { item: AgendaItem; proposedBy: PersonRef }>
  | On<'OvrigFragaAdded', AgendaVersion & { item: AgendaItem }>
  | On<'ItemMarkedConfidential', OnItem & Reason>
  /**
   * Fixes the § numbers and makes revision 1 of the protocol. `form` (the group's protocol form the
   * §§ were numbered by) and a sub-item's letter are absent on meetings closed before groups had one.
   */
  | On<
      'MeetingClosed',
      {
        paragraphs: { itemId: string; paragraph: number; subItem?: string }[];
        revision: number;
        form?: ProtocolForm;
        /** Given by the group at closing; absent when the meeting was numbered at scheduling. */
        protocolNumber?: ProtocolNumber;
      } & HeldTimes
    >
  | On<'ProtocolRevised', ProtocolCorrections & { revision: number; revisedBy: PersonRef }>
  /** A rättelse: a correction after justering; the new revision needs a new justering. */
  | On<'ProtocolCorrected', ProtocolCorrections & { revision: number; correctedBy: PersonRef }>
  | On<'JusteringApproved', JusteringApprovalFacts>
  | On<'JusteringDeclined', JusteringDeclineFacts>
  /** The justerare are asked to justera the revision by a last date (again after a new revision). */
  | On<'JusteringRequested', JusteringRequestFacts>
  /** A justerare proposes a change to one §; approvals of that revision wait for the answer. */
  | On<'ProtocolChangeProposed', ProtocolChangeProposalFacts>
  /** Accepted (followed by the ProtocolRevised it made) or rejected, with the secretary's reason. */
  | On<'ProtocolChangeProposalAnswered', ProposalAnswerFacts>
  /** Every appointed justerare approved this revision: the protocol is final. */
  | On<'ProtocolJusterat', JusteringFacts>;

export type MeetingEventType = MeetingEvent['type'];
