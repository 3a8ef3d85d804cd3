import type { IsoDate } from '#domain/shared-kernel';

/**
 * The reminders of one follow-up's due date, in the order they fall:
 * - 'before': `leadDays` before the due date (the organisation's setting, 7 by default);
 * - 'due': on the due date;
 * - 'overdue': the day after, when it has become overdue;
 * - 'weekly': every 7 days after that while it stays open (seq 1, 2, …).
 */
export const REMINDER_KINDS = ['before', 'due', 'overdue', 'weekly'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * One reminder: sent at most once per follow-up and this key. The due date is part of the key, so
 * a rescheduled follow-up starts a new series. `seq` is 0 except for 'weekly' (1, 2, …).
 */
export interface Reminder {
  kind: ReminderKind;
  dueDate: IsoDate;
  seq: number;
}

/** The kinds that go to the group's chair as well: the follow-up is past its date. */
export const isOverdueKind = (kind: ReminderKind): boolean => kind === 'overdue' || kind === 'weekly';

/** What a reminder is about, as far as its timing goes. */
export interface FollowUpForReminders {
  status: 'open' | 'completed' | 'cancelled';
  dueDate: IsoDate;
}
