import type { DomainError } from '#libs/ddd';
import { organisationError } from './errors.js';

/** A whole number of days the organisation sets for all its groups, with its default and range. */
interface DaySetting {
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

/**
 * How many days before a follow-up's due date its responsible person is reminded: the
 * organisation's setting (issue 12), 7 until it is set. Whole days from 1 to 60.
 */
export const REMINDER_LEAD_DAYS = { default: 7, min: 1, max: 60 } as const satisfies DaySetting;

/**
 * How many days the justerare have from the secretary's request to the last date, when the request
 * names no date of its own (issue 13: "per organisation, default 7 days"). Whole days from 1 to 60.
 */
export const JUSTERING_DAYS = { default: 7, min: 1, max: 60 } as const satisfies DaySetting;

function requireDays(setting: DaySetting, value: number, outOfRange: (value: number) => DomainError): number {
  if (!Number.isInteger(value) || value < setting.min || value > setting.max) throw outOfRange(value);
  return value;
}

export const requireReminderLeadDays = (value: number): number =>
  requireDays(REMINDER_LEAD_DAYS, value, organisationError.reminderLeadDaysOutOfRange);

export const requireJusteringDays = (value: number): number =>
  requireDays(JUSTERING_DAYS, value, organisationError.justeringDaysOutOfRange);
