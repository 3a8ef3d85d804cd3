/**
 * What goes into an .ics property value before ical-generator escapes it. The library escapes
 * `\ ; ,` and line breaks in TEXT values (RFC 5545 3.3.11) and folds lines, but it does not escape
 * the UID, it escapes URIs as if they were text, and it passes through characters that TEXT does not
 * allow. These helpers cover those gaps; everything else is left to the library.
 */

// RFC 5545 3.3.11: TEXT allows every character except the controls, HTAB excepted. Line breaks are
// kept here: the library turns them into `\n`.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const DISALLOWED_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// A lone surrogate is not a character and cannot be written as UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** User text as an iCalendar TEXT value may carry it: literal, minus what TEXT cannot hold. */
export function icsText(text: string): string {
  return text.replace(DISALLOWED_CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * User text for a value that is read as one line (an agenda line, a title): line breaks become
 * spaces, so a title cannot start a line of its own and pass for another agenda item.
 */
export function icsLine(text: string): string {
  return icsText(text)
    .replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ')
    .trim();
}

/**
 * A URI as ical-generator may write it. The library escapes `,` `;` and `\` in URL values as if they
 * were TEXT, but URI values are not unescaped by readers (RFC 5545 3.3.13), so the link would come
 * out with backslashes in it. Percent-encoding those characters gives the same resource a form the
 * library leaves alone.
 */
export function icsUri(uri: string): string {
  let href: string;
  try {
    href = new URL(uri).href;
  } catch {
    throw new Error(`Not an absolute URL for the .ics: ${JSON.stringify(uri)}`);
  }
  return href.replace(/[,;\\]/g, (character) => encodeURIComponent(character));
}

const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * The event's UID: one per meeting, the same in every update and in the cancellation, which is how
 * calendars know that a new .ics replaces the event they already hold (RFC 5546 2.1.5). The
 * library writes the UID unescaped, so it is built only from characters TEXT takes literally:
 * the meeting id percent-encoded (a UUID is unchanged) and a checked host name.
 */
export function meetingEventUid(meetingId: string, calendarDomain: string): string {
  const domain = calendarDomain.trim().toLowerCase();
  if (!HOST_NAME.test(domain)) {
    throw new Error(`calendarDomain must be a host name, got ${JSON.stringify(calendarDomain)}`);
  }
  if (meetingId.length === 0) throw new Error('The kallelse has no meetingId to build the UID from');
  return `${encodeURIComponent(meetingId)}@${domain}`;
}
