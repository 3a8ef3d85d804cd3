import type { IsoDate } from '#domain/shared-kernel';
import { addDays, daysBetween } from './calendar-days.js';
import type { FollowUpForReminders, Reminder } from './reminder.js';

export interface ReminderSituation {
  followUp: FollowUpForReminders;
  /** The organisation's lead days for the 'before' reminder (1–60). */
  leadDays: number;
  /** Today's date in Europe/Stockholm. */
  today: IsoDate;
  /** Reminders already sent for this follow-up (any due date: earlier series are ignored). */
  sent: readonly Reminder[];
}

/**
 * The reminder that applies on `today` for a due date: the latest one whose day has come, or none
 * before the lead window opens.
 */
export function applicableReminder(dueDate: IsoDate, leadDays: number, today: IsoDate): Reminder | undefined {
  const daysLate = daysBetween(dueDate, today);
  if (daysLate < -leadDays) return undefined;
  if (daysLate < 0) return { kind: 'before', dueDate, seq: 0 };
  if (daysLate === 0) return { kind: 'due', dueDate, seq: 0 };
  // Day 1 to 7 after the due date: 'overdue'; day 8 to 14: weekly 1; day 15 to 21: weekly 2; …
  const week = Math.floor((daysLate - 1) / 7);
  return week === 0 ? { kind: 'overdue', dueDate, seq: 0 } : { kind: 'weekly', dueDate, seq: week };
}

/**
 * Which reminders to send now for a follow-up: none for a completed or cancelled one; otherwise the
 * one that applies today, unless it (or a later one of the same series) was already sent.
 *
 * Catch-up rule: when the sweep did not run for a while (the worker was down), only the latest
 * applicable reminder is sent, never every one that was missed: someone back from a week off should
 * get one "försenad" message, not a 'before', a 'due' and an 'overdue' at once. So the answer is at
 * most one reminder.
 */
export function remindersDue({ followUp, leadDays, today, sent }: ReminderSituation): Reminder[] {
  if (followUp.status !== 'open') return [];
  const reminder = applicableReminder(followUp.dueDate, leadDays, today);
  if (!reminder) return [];
  const series = sent.filter((earlier) => earlier.dueDate === followUp.dueDate);
  // A later reminder of the series already sent (the clock moved back, or the lead days were raised
  // after the 'due' one went out) makes an earlier one pointless.
  if (series.some((earlier) => rank(earlier) >= rank(reminder))) return [];
  return [reminder];
}

/**
 * The first day after `today` on which another reminder of this due date applies: where the sweep
 * looks at the follow-up next (nothing needs it before then).
 */
export function nextReminderOn(dueDate: IsoDate, leadDays: number, today: IsoDate): IsoDate {
  const daysLate = daysBetween(dueDate, today);
  if (daysLate < -leadDays) return addDays(dueDate, -leadDays);
  if (daysLate < 0) return dueDate;
  if (daysLate === 0) return addDays(dueDate, 1);
  const week = Math.floor((daysLate - 1) / 7);
  return addDays(dueDate, 1 + 7 * (week + 1));
}

/** The first day a due date needs the sweep: the day its 'before' reminder applies. */
export const firstReminderOn = (dueDate: IsoDate, leadDays: number): IsoDate => addDays(dueDate, -leadDays);

// Order within a series: before < due < overdue < weekly 1 < weekly 2 < …
function rank({ kind, seq }: Reminder): number {
  switch (kind) {
    case 'before':
      return 0;
    case 'due':
      return 1;
    case 'overdue':
      return 2;
    case 'weekly':
      return 2 + seq;
  }
}
