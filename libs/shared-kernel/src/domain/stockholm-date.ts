import type { IsoDate, IsoInstant } from './types.js';

// Formatting with an explicit time zone is pure (no clock is read); formatToParts keeps it
// independent of the process locale.
const stockholm = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in Europe/Stockholm of a UTC instant: the date a meeting "is on" for
 * carry-over and for "från § 7, 2019-02-25" (a meeting at 23:30 UTC on 31 Dec is on 1 Jan).
 */
export function stockholmDate(instant: IsoInstant): IsoDate {
  const parts = stockholm.formatToParts(Date.parse(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
