import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import type { KallelseDocument, MeetingHeader } from '../model/index.js';
import { groupWithForvaltning } from '../format/labels.js';
import { kallelseIcsDescription } from './kallelse-ics-description.js';
import { icsLine, icsText, icsUri, meetingEventUid } from './ics-values.js';

export interface KallelseIcsOptions {
  /** The host the event UIDs are minted under, e.g. "samverkan.exempelstad.se". Never change it. */
  calendarDomain: string;
  /** The kallelse's own page, written as the event's URL and at the end of the description. */
  url?: string;
  /**
   * Who sends the invitation. iTIP (RFC 5546) wants an ORGANIZER on REQUEST and CANCEL; without
   * it most clients still import the event, but some will not offer it as an invitation.
   */
  organizer?: { name: string; email: string };
  /**
   * Who is invited, one ATTENDEE each (RSVP, needs action): with the ORGANIZER it is what makes a
   * calendar treat the message as an invitation to answer rather than an event to import.
   */
  attendees?: readonly { name: string; email: string }[];
}

/** Names the product in PRODID; the "SV" is the only place ical-generator lets us state the language. */
const PRODUCT_ID = '//Samverkan//Kallelse//SV';
const SIMPLE_EMAIL = /^[^\s@",;:<>\\]+@[^\s@",;:<>\\]+$/;

/**
 * The kallelse as an iCalendar invitation (RFC 5545/5546): one VEVENT, METHOD:REQUEST, or
 * METHOD:CANCEL with STATUS:CANCELLED once the meeting is inställt.
 *
 * A pure function of the document: DTSTAMP and LAST-MODIFIED are the kallelse's `updatedAt`, never
 * the clock (ical-generator stamps `new Date()` unless told otherwise), so one stored document always
 * renders byte-identical. The UID is fixed per meeting and SEQUENCE is the document's, which the
 * projection raises on every change, the cancellation included; that is what lets a calendar replace
 * the event it holds instead of adding a second one.
 */
/**
 * The invitation's METHOD (RFC 5546): a cancelled meeting's kallelse is a CANCEL; an issued one a
 * REQUEST; one not issued yet is no invitation at all, only a PUBLISH of a tentative event.
 */
export const icsMethodOf = (kallelse: KallelseDocument): ICalCalendarMethod =>
  kallelse.status === 'inställt'
    ? ICalCalendarMethod.CANCEL
    : kallelse.issued
      ? ICalCalendarMethod.REQUEST
      : ICalCalendarMethod.PUBLISH;

function icsStatusOf(kallelse: KallelseDocument): ICalEventStatus {
  if (kallelse.status === 'inställt') return ICalEventStatus.CANCELLED;
  return kallelse.issued ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE;
}

export function renderKallelseIcs(kallelse: KallelseDocument, options: KallelseIcsOptions): string {
  const { header } = kallelse;
  const url = options.url === undefined ? undefined : icsUri(options.url);

  const calendar = ical({
    prodId: PRODUCT_ID,
    method: icsMethodOf(kallelse),
  });
  calendar.createEvent({
    id: meetingEventUid(header.meetingId, options.calendarDomain),
    sequence: kallelse.sequence,
    stamp: instant(kallelse.updatedAt, 'updatedAt'),
    lastModified: instant(kallelse.updatedAt, 'updatedAt'),
    // Written in UTC (the library's default without a time zone): exact, and needs no VTIMEZONE,
    // which ical-generator cannot produce without another package. Calendars show it in the
    // reader's own zone, which for a Swedish group is Europe/Stockholm anyway; the description
    // states the Stockholm wall-clock time as well.
    start: instant(header.startsAt, 'startsAt'),
    end: instant(header.endsAt, 'endsAt'),
    summary: kallelseIcsSummary(header),
    location: eventLocation(header),
    description: kallelseIcsDescription(kallelse, url),
    url,
    status: icsStatusOf(kallelse),
    organizer: options.organizer ? organizer(options.organizer) : undefined,
    attendees: (options.attendees ?? []).map((attendee) => ({
      ...organizer(attendee),
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: true,
    })),
  });
  // The library ends the last line without CRLF; RFC 5545 ends every content line with one.
  return `${calendar.toString()}\r\n`;
}

/** "Samverkan FSG/VSG – Socialförvaltningen, möte 2/2019" */
export function kallelseIcsSummary(header: MeetingHeader): string {
  const summary = `Samverkan ${icsLine(groupWithForvaltning(header))}`;
  // A meeting gets its number when it closes: the invitation to one not yet held names none.
  return header.protocolNumber ? `${summary}, möte ${icsLine(header.protocolNumber)}` : summary;
}

/**
 * The room when there is one, else the video link. A meeting with both keeps the room here and
 * the link in the description, as Outlook and Teams invitations do: LOCATION is one short line, and
 * ical-generator cannot write the CONFERENCE property (RFC 7986).
 */
function eventLocation(header: MeetingHeader): string | null {
  const location = header.place ?? header.videoLink;
  return location ? icsText(location) : null;
}

/** A person as an ORGANIZER or ATTENDEE: a CN that can be written, and a plain address. */
function organizer(person: { name: string; email: string }): { name: string; email: string } {
  // The name goes into a quoted parameter (CN="…"), where a DQUOTE cannot be written at all.
  const name = icsLine(person.name).replace(/"/g, '');
  if (!name || !SIMPLE_EMAIL.test(person.email)) {
    throw new Error(`Not a usable calendar user for the .ics: ${JSON.stringify(person)}`);
  }
  return { name, email: person.email };
}

function instant(value: string, field: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`The kallelse's ${field} is not an instant: ${value}`);
  return date;
}
