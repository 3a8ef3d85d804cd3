import type { IsoDate } from '#domain/shared-kernel';

const DAY_MS = 86_400_000;

// Calendar dates as days since the epoch, computed in UTC: a date has no time zone, so summer time
// never makes a day 23 or 25 hours long here.
const dayNumber = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** `addDays('2019-03-25', 7)` → `'2019-04-01'`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: `daysBetween('2019-03-25', '2019-03-26')` → 1. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}
