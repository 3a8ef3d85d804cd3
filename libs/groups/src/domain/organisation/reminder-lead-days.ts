import { organisationError } from './errors.js';

/**
 * How many days before a follow-up's due date its responsible person is reminded: the
 * organisation's setting (issue 12), 7 until it is set. Whole days from 1 to 60.
 */
export const REMINDER_LEAD_DAYS = { default: 7, min: 1, max: 60 } as const;

export function requireReminderLeadDays(value: number): number {
  if (!Number.isInteger(value) || value < REMINDER_LEAD_DAYS.min || value > REMINDER_LEAD_DAYS.max) {
    throw organisationError.reminderLeadDaysOutOfRange(value);
  }
  return value;
}
