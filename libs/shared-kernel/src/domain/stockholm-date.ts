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
 * formatToParts costs microseconds, and a kallelse prints the date of every report of every
 * returning follow-up each time it is built (after nearly every event of its group): a tenth of a
 * rebuild went here. The answer for an instant never changes, so it is kept.
 */
const datesOf = new Map<IsoInstant, IsoDate>();

/**
 * The calendar date in Europe/Stockholm of a UTC instant: the date a meeting "is on" for
 * carry-over and for "från § 7, 2019-02-25" (a meeting at 23:30 UTC on 31 Dec is on 1 Jan).
 */
export function stockholmDate(instant: IsoInstant): IsoDate {
  const known = datesOf.get(instant);
  if (known !== undefined) return known;
  // Bounded: a long run (a rebuild) meets millions of instants; the recent ones repeat most.
  if (datesOf.size >= 10_000) datesOf.clear();
  const date = formatStockholmDate(instant);
  datesOf.set(instant, date);
  return date;
}

function formatStockholmDate(instant: IsoInstant): IsoDate {
  const parts = stockholm.formatToParts(Date.parse(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
