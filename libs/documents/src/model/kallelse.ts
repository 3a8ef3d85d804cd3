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
  /**
   * A returning item on the agenda (or in the kallelse sent) that no longer returns here: its
   * follow-up was completed, cancelled or moved, or it was taken up at an earlier meeting.
   */
  withdrawn?: boolean;
  /** A returning item that came after the kallelse was sent. */
  addedSinceKallelse?: boolean;
  /** A returning follow-up's moves: from which date to which, why and by whom. */
  rescheduled?: KallelseReschedule[];
  /** A returning follow-up's earlier återrapporteringar: when, and what was said. */
  reported?: { date: string; text: string }[];
}

export interface KallelseReschedule {
  from: string;
  to: string;
  reason: string;
  by?: string;
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
