import type { DocumentInstant, DocumentParty, ItemOrigin, MeetingHeader } from './common.js';

export interface KallelseItem {
  /** The point on the agenda: the § it will have, by the group's protocol form. */
  number: number;
  /** "a", "b": a sub-item under the point before it, shown "5 a". */
  subItem?: string;
  /** The heading of the protocol form's section the point stands in. */
  section?: string;
  itemId?: string;
  title: string;
  kind: string;
  presenter?: string;
  estimatedMinutes?: number;
  proposedBy?: DocumentParty;
  /** Returning items: a deferred item or a follow-up due, marked with where it came from. */
  origin?: ItemOrigin;
  confidential?: { omitted?: boolean };
}

/** The invitation to one meeting, and the iCalendar event that goes with it. */
export interface KallelseDocument {
  kind: 'kallelse';
  header: MeetingHeader;
  /** Rises whenever what the kallelse says changes: the .ics SEQUENCE. */
  sequence: number;
  status: 'planerat' | 'inställt' | 'genomfört';
  cancellation?: { reason: string; at: DocumentInstant };
  /** The last kallelse sent: the agenda version and when. */
  issued?: { agendaVersion: number; at: DocumentInstant; recipients: number };
  agendaVersion: number;
  items: KallelseItem[];
  totalMinutes: number;
  /** When the kallelse last changed: the .ics DTSTAMP / LAST-MODIFIED. */
  updatedAt: DocumentInstant;
  omittedItems: number;
}
