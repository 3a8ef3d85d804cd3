import type {
  DocumentInstant,
  DocumentParty,
  ItemContent,
  ItemOrigin,
  MeetingHeader,
  NamedPerson,
  RevisionInfo,
} from './common.js';

/** One side's or organisation's people on the närvarolista. */
export interface AttendanceGroup {
  /** Left out for an APT's medarbetare, who attend without a party: printed as "Medarbetare". */
  party?: DocumentParty;
  people: (NamedPerson & { replaces?: string })[];
}

export interface ProtocolAttendance {
  present: AttendanceGroup[];
  absent: AttendanceGroup[];
  /** Adjungerade: present without being members. */
  adjungerade: NamedPerson[];
}

/**
 * One § (or, before close, one numbered-to-be agenda item). The outcome is written out as the
 * protocol says it ("Informationen noteras.", "Samverkan fullgjord i enighet.").
 */
export interface ProtocolParagraph extends ItemContent {
  /** Fixed at close; absent on a draft. */
  paragraph?: number;
  /** "a", "b": a sub-item under the § before it, printed "a)". */
  subItem?: string;
  itemId: string;
  title: string;
  /** The agenda item kind: information, dialog, beslut, förhandling, ... */
  kind: string;
  presenter?: string;
  proposedBy?: DocumentParty;
  origin?: ItemOrigin;
}

/**
 * A heading that groups paragraphs: a section of the group's protocol form ("Samverkan före beslut")
 * or, for items no section takes, their kind ("Övriga frågor"). Headings take no § number; a section
 * of the form with no items is kept, and prints "Inga ärenden.".
 */
export interface ProtocolSection {
  heading?: string;
  paragraphs: ProtocolParagraph[];
}

export interface JusteringEntry {
  name: string;
  party: DocumentParty;
  state: 'väntar' | 'justerat' | 'avböjt';
  at?: DocumentInstant;
  comment?: string;
}

export interface JusteringBlock {
  status: 'utkast' | 'väntar på justering' | 'ändring begärd' | 'justerat';
  entries: JusteringEntry[];
  /** The hash of the text approved, once justerat. */
  textHash?: string;
  justeratAt?: DocumentInstant;
}

export interface ProtocolDocument {
  kind: 'protokoll';
  header: MeetingHeader;
  revision: RevisionInfo;
  attendance: ProtocolAttendance;
  ordforande: string[];
  sekreterare: string[];
  justerare: { name: string; party: DocumentParty }[];
  /** "Protokollets omfattning §1–§n"; absent on a draft. */
  scope?: { first: number; last: number };
  /** The group's opening procedural paragraphs, the items' sections, then its closing paragraphs. */
  sections: ProtocolSection[];
  /** Remarks on how the meeting was held (no skyddsombud present at AML 6:9 items), printed after the §§. */
  remarks?: string[];
  /** When the protocol came to exist (the meeting was closed in the service). */
  closedAt?: DocumentInstant;
  /** When the meeting really ended, if recorded at closing. */
  endedAt?: DocumentInstant;
  /** Left out when the meeting has no justering (an APT's notes are final as they close). */
  justering?: JusteringBlock;
  /** How many confidential items the public version leaves out (0 in the members' version). */
  omittedItems: number;
}
