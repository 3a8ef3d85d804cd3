import type { FollowUpHandling } from '#domain/follow-ups';
import type { IsoDate, IsoInstant, Party, PartyStatement, PersonRef } from '#domain/shared-kernel';
import type { AgendaItem } from './agenda-item.js';

/**
 * The facts a meeting records, each shape declared once. Commands carry them (with the meeting id
 * and the time), events record them (with what the decider adds) and the state keeps them, all
 * derived from these types: a field changed here changes everywhere, the HTTP DTOs included
 * (they `implements` these).
 */

export const DECISION_OUTCOMES = ['enighet', 'oenighet'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const PRESENCES = ['present', 'absent'] as const;
export type Presence = (typeof PRESENCES)[number];

/** The records on an item whose text a revision or a rättelse may correct. */
export const CORRECTABLE_RECORDS = ['information', 'dialog', 'decision'] as const;
export type CorrectableRecord = (typeof CORRECTABLE_RECORDS)[number];

/** original: made at close; revision: the secretary's correction before justering; rättelse: after it. */
export const REVISION_KINDS = ['original', 'revision', 'rättelse'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** The fields a client may leave out of a fact (the decider fills in the empty lists). */
export type WithOptional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/** Which agenda item a fact is about. */
export interface OnItem {
  itemId: string;
}

/** When it happened: every event and every dated record in the state carries it. */
export interface At {
  at: IsoInstant;
}

/**
 * Recorded on a returning återrapportering item: what the meeting did with its follow-up (see
 * FollowUpHandling). The follow-up's own stream records the report, and the completion or new date,
 * in the same transaction (returningFollowUpHandled); the meeting keeps what it decided.
 */
export interface TakesUpFollowUp {
  followUp?: FollowUpHandling;
}

export interface InformationRecord extends TakesUpFollowUp {
  text: string;
  presenter?: PersonRef;
  /** The parties' comments. */
  comments: PartyStatement[];
}

export interface DialogRecord extends TakesUpFollowUp {
  text: string;
  /** The parties' views. */
  views: PartyStatement[];
}

export interface DecisionRecord extends TakesUpFollowUp {
  text: string;
  outcome: DecisionOutcome;
  /** The union organisations that disagree; empty on enighet. */
  disagreeing: string[];
  protokollsanteckningar: PartyStatement[];
}

export type InformationInput = WithOptional<InformationRecord, 'comments'>;
export type DialogInput = WithOptional<DialogRecord, 'views'>;
export type DecisionInput = WithOptional<DecisionRecord, 'disagreeing' | 'protokollsanteckningar'>;

/**
 * A party's protokollsanteckning. `enteredBy`: the party's representative entering their own
 * statement, who must be recorded present; left out when the ordförande or sekreterare records it.
 */
export interface ProtokollsanteckningEntry extends PartyStatement {
  enteredBy?: PersonRef;
}

export interface FollowUpAssignment {
  followUpId: string;
  action: string;
  responsible: PersonRef;
  dueDate: IsoDate;
}

/** Why something was deferred, cancelled or marked confidential. */
export interface Reason {
  reason: string;
}

/** Why an item is taken off the agenda (required for an item a union organisation put there). */
export interface AgendaItemRemoval extends OnItem, Reason {}

/** An item taken off the agenda, as it was, with the reason its proposer reads. */
export interface RemovedAgendaItem extends Reason {
  item: AgendaItem;
}

/** A corrected text of one record on one item, carried by a revision or a rättelse. */
export interface TextCorrection extends OnItem {
  record: CorrectableRecord;
  text: string;
}

export interface ProtocolCorrections extends Reason {
  corrections: TextCorrection[];
}

/** One justerare's act on one revision, for the party they were appointed for. */
export interface JusteringAct {
  revision: number;
  justerare: PersonRef;
  party: Party;
}

export interface JusteringApprovalFacts extends JusteringAct {
  textHash: string;
}

export interface JusteringDeclineFacts extends JusteringAct {
  /** The change the justerare asks for. */
  comment: string;
}

/** The secretary's request that the appointed justerare justera a revision by a last date. */
export interface JusteringRequestFacts {
  revision: number;
  /** The last day (Europe/Stockholm) for justering. */
  lastDate: IsoDate;
  requestedBy: PersonRef;
  /** Who was asked: the appointed justerare when the request was made. */
  justerare: PersonRef[];
}

/**
 * A justerare's proposal to change one § of a revision, with why and, where they like, the
 * wording they want for one of its records (which the secretary may take as the new text).
 */
export interface ProtocolChangeProposalFacts extends JusteringAct {
  proposalId: string;
  itemId: string;
  paragraph: number;
  comment: string;
  record?: CorrectableRecord;
  wording?: string;
}

export const PROPOSAL_ANSWERS = ['accepted', 'rejected'] as const;
export type ProposalAnswer = (typeof PROPOSAL_ANSWERS)[number];

/** The secretary's answer to a proposal; an accepted one made `revision`. */
export interface ProposalAnswerFacts extends Reason {
  proposalId: string;
  /** The proposal's item, so that what is said of a confidential item is hidden with it. */
  itemId: string;
  answer: ProposalAnswer;
  answeredBy: PersonRef;
  revision?: number;
}

/** A revision that every appointed justerare approved. */
export interface JusteringFacts {
  revision: number;
  textHash: string;
}

export interface KallelseFacts {
  agendaVersion: number;
  recipients: PersonRef[];
}
