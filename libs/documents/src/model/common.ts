/**
 * The document models: what a rendered document says, as plain JSON. The projections in
 * libs/meetings build them from the event log and store them; the renderers here (HTML, PDF, .ics,
 * JSON) only lay them out. Nothing in a model needs a lookup or a clock to be rendered, so a stored
 * revision renders the same today and in ten years.
 *
 * Dates are ISO (`2019-02-25`), instants UTC ISO; the renderers write them in Swedish and in
 * Europe/Stockholm time.
 */

/** `YYYY-MM-DD` */
export type DocumentDate = string;
/** UTC instant, ISO 8601. */
export type DocumentInstant = string;

/** The employer or one union organisation, with the name every document prints. */
export interface DocumentParty {
  side: 'employer' | 'union';
  /** "Arbetsgivaren", or the organisation's name ("Vision"). */
  name: string;
}

/** What every document of one meeting says at its head. */
export interface MeetingHeader {
  meetingId: string;
  /** The tenant: "Exempelstads kommun". */
  organisationName?: string;
  /** The group's own name: "FSG/VSG Socialförvaltningen". */
  groupName: string;
  /** "FSG/VSG": the levels the group meets as. */
  groupLevels: string;
  /** The förvaltning (unit) the group belongs to: "Socialförvaltningen". */
  forvaltning?: string;
  /** "2/2019" */
  protocolNumber: string;
  /** As registered, e.g. "DNR:02/2019". */
  dnr?: string;
  /** The meeting's date in Europe/Stockholm. */
  date: DocumentDate;
  startsAt: DocumentInstant;
  endsAt: DocumentInstant;
  place?: string;
  videoLink?: string;
  /**
   * An arbetsplatsträff (APT), the workplace meeting without formal parties: the documents call it
   * so rather than a samverkansgrupp, and list those present without splitting them by party.
   */
  arbetsplatstraff?: boolean;
}

/** A person as printed: their name, and the role they attend in where it matters. */
export interface NamedPerson {
  name: string;
  role?: string;
}

/**
 * Which version of a document this is. Revision 0 is the draft before the meeting is closed;
 * revision 1 is made at close; later ones are the secretary's revisions and rättelser.
 */
export interface RevisionInfo {
  revision: number;
  kind: 'utkast' | 'original' | 'revision' | 'rättelse';
  at?: DocumentInstant;
  by?: string;
  reason?: string;
  /** true once a later revision exists: this one is kept as history. */
  superseded: boolean;
}

/** Where a returning item came from: "från § 7, 2019-02-25". */
export interface ItemOrigin {
  /** escalated: raised here from the group below; answer: the parent's answer to what this group raised. */
  kind: 'deferred' | 'follow-up' | 'escalated' | 'answer';
  paragraph?: number;
  date: DocumentDate;
  /** Deferred items: why it was moved. */
  reason?: string;
  /** Follow-ups: the date it was due. */
  dueDate?: DocumentDate;
  /** Escalated and answer: the group it came from ("APT Hemtjänst Norr", "VSG Hemtjänst"). */
  group?: string;
  /** Escalated: the question as put, where it differs from the title. */
  question?: string;
  /** Answer: the receiving meeting's outcome, and where this group raised the matter. */
  answer?: string;
  raised?: { paragraph?: number; date: DocumentDate };
}

/** A party's statement: a comment, a view in dialog, a protokollsanteckning. */
export interface PartyStatementText {
  party: DocumentParty;
  text: string;
}

export interface FollowUpLine {
  action: string;
  responsible: string;
  dueDate: DocumentDate;
}

/** What the protocol and the minnesanteckningar both print under one agenda item. */
export interface ItemContent {
  /** The recorded text, paragraphs separated by blank lines. */
  text?: string;
  statements: PartyStatementText[];
  /** As the protocol writes it ("Informationen noteras.", "Samverkan fullgjord i enighet."). */
  outcome?: string;
  followUps: FollowUpLine[];
  protokollsanteckningar: PartyStatementText[];
  deferral?: { reason: string };
  /**
   * Raised to the parent group (`to` its name) or to an MBL negotiation (`to` absent), with the
   * question as put; `negotiation: 'pending'` while the decision waits for the negotiation.
   */
  escalation?: { to?: string; question?: string; negotiation?: 'pending' };
  /**
   * Set on a confidential item. In the public version only the item's place (§, id) and this flag
   * are kept, with `omitted: true`; title and text are gone.
   */
  confidential?: { reason?: string; omitted?: boolean };
}

/**
 * Who sees a rendering. Members of the group see confidential items; every other reader gets the
 * public version, where a confidential item is replaced by a note that it was left out.
 */
export type Audience = 'members' | 'public';
