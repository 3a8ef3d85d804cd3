import type { IsoDate } from '#domain/shared-kernel';

const DAY_MS = 86_400_000;

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * How many days an open follow-up is overdue on `today` (a Stockholm date): null when it is not
 * (due today or later, or not open). Due on the 25th, it is 1 day overdue on the 26th.
 */
export function daysOverdue(status: string, dueDate: IsoDate, today: IsoDate): number | null {
  if (status !== 'open') return null;
  const days = daysBetween(dueDate, today);
  return days > 0 ? days : null;
}

/** The ageing buckets of the overdue: 0–30 (1 to 30 days past the date), 31–90, and over 90 days. */
export const AGEING_BUCKETS = ['0-30', '31-90', 'over-90'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

export function ageingBucketOf(days: number): AgeingBucket {
  if (days <= 30) return '0-30';
  return days <= 90 ? '31-90' : 'over-90';
}

/** Completed on or before its due date (the date in force when it was completed) is on time. */
export const completedOnTime = (completedOn: IsoDate, dueDate: IsoDate): boolean => completedOn <= dueDate;
