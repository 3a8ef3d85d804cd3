import ical from 'ical-generator';
import { icsLine, icsText } from '#libs/documents';
import type { IsoDate } from '#libs/shared-kernel';
import type { OverviewRow } from '../../projections/follow-up-overview/index.js';
import { paragraphLabel } from '../follow-up-overview/overview-labels.js';

const PRODUCT_ID = '//Samverkan//Uppföljningar//SV';

/** The next calendar day: an all-day event ends (DTEND, exclusive) the day after it starts. */
function dayAfter(date: IsoDate): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
}

/**
 * A person's open follow-ups as a calendar to subscribe to: one all-day VEVENT per follow-up on its
 * due date (DTSTART;VALUE=DATE, written from the date itself, so no time zone can move it to the day
 * before). The UID is fixed per follow-up, so a moved date moves the event instead of adding one;
 * one that is completed or cancelled leaves the feed, and the calendar drops it at its next refresh.
 * A confidential follow-up of a group the person is no member of says only that it is one.
 */
export function renderFollowUpFeed(
  rows: readonly OverviewRow[],
  options: { calendarDomain: string; stamp: Date },
): string {
  const calendar = ical({ prodId: PRODUCT_ID, name: 'Mina uppföljningar' });
  for (const row of rows) {
    const origin = [paragraphLabel(row.origin.paragraph), row.origin.meetingDate].filter(Boolean).join(', ');
    calendar.createEvent({
      id: `uppfoljning-${row.followUpId}@${options.calendarDomain.toLowerCase()}`,
      allDay: true,
      start: new Date(`${row.dueDate}T00:00:00Z`),
      end: dayAfter(row.dueDate),
      stamp: options.stamp,
      summary: row.omitted ? 'Uppföljning (sekretess)' : `Uppföljning: ${icsLine(row.action)}`,
      description: icsText(
        [
          `Grupp: ${row.group.name}`,
          `Beslutad: ${origin}`,
          `Ska återrapporteras senast ${row.dueDate}.`,
          ...(row.omitted ? ['Åtgärden visas bara för gruppens ledamöter.'] : []),
        ].join('\n'),
      ),
    });
  }
  return `${calendar.toString()}\r\n`;
}
