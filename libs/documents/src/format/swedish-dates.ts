/**
 * Dates and times as Swedish documents write them: "den 25 februari 2019" in prose, "2019-02-25" in
 * tables, "08.30" for a time (Språkrådet's point, not the colon). Instants are UTC and shown in
 * Europe/Stockholm, whatever time zone the server runs in. Pure: nothing here reads the clock.
 */

const STOCKHOLM = 'Europe/Stockholm';

/** The months as Swedish writes them, January first. */
export const SWEDISH_MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

// One formatter for all parts: Intl formatters are costly to create and safe to share.
const stockholmParts = new Intl.DateTimeFormat('sv-SE', {
  timeZone: STOCKHOLM,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  // h23, so midnight is "00.30" and never "24.30".
  hourCycle: 'h23',
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `'2019-02-25'` → `'den 25 februari 2019'`. */
export function swedishLongDate(date: string): string {
  return `den ${swedishDayMonthYear(date)}`;
}

/** `'2019-02-25'` → `'25 februari 2019'`, for places where "den" does not fit the sentence. */
export function swedishDayMonthYear(date: string): string {
  const match = ISO_DATE.exec(date);
  if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new RangeError(`Not a date (YYYY-MM-DD): "${date}"`);
  }
  return `${Number(match[3])} ${SWEDISH_MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** A UTC instant's date in Stockholm: `'2019-02-25T07:30:00Z'` → `'2019-02-25'`. */
export function stockholmDate(instant: string | Date): string {
  const parts = stockholmPartsOf(instant);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A UTC instant's time of day in Stockholm: `'2019-02-25T07:30:00Z'` → `'08.30'`. */
export function stockholmTime(instant: string | Date): string {
  const parts = stockholmPartsOf(instant);
  return `${parts.hour}.${parts.minute}`;
}

/** `'2019-02-25T07:30:00Z'` → `'2019-02-25 kl. 08.30'`. */
export function stockholmDateTime(instant: string | Date): string {
  return `${stockholmDate(instant)} kl. ${stockholmTime(instant)}`;
}

/**
 * The date as tables print it. A `YYYY-MM-DD` date is checked and kept; a UTC instant gives its date
 * in Stockholm (`'2019-12-31T23:30:00Z'` → `'2020-01-01'`).
 */
export function tableDate(dateOrInstant: string): string {
  if (!ISO_DATE.test(dateOrInstant)) return stockholmDate(dateOrInstant);
  swedishDayMonthYear(dateOrInstant);
  return dateOrInstant;
}

/** A meeting's time span: `'08.30–10.00'`. */
export function stockholmTimeRange(startsAt: string | Date, endsAt: string | Date): string {
  return `${stockholmTime(startsAt)}–${stockholmTime(endsAt)}`;
}

/** false for 2019-02-30: Date.UTC would roll it over into March. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An instant's wall time in Stockholm, each field as printed with leading zeros. */
export interface StockholmParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

/** The Stockholm wall time of an instant (CET or CEST as in force then). */
export function stockholmPartsOf(instant: string | Date): StockholmParts {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: "${String(instant)}"`);
  const parts: Record<string, string> = {};
  for (const part of stockholmParts.formatToParts(date)) parts[part.type] = part.value;
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}
