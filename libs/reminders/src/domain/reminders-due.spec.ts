import type { FollowUpForReminders, Reminder } from './reminder.js';
import { nextReminderOn, remindersDue } from './reminders-due.js';
import { addDays, daysBetween } from './calendar-days.js';

/**
 * given a follow-up and the reminders already sent for it, when the sweep looks on a day (with the
 * organisation's lead days), then these reminders are due.
 */
function given(followUp: FollowUpForReminders, sent: Reminder[] = []) {
  return {
    when: (today: string, leadDays = 7) => ({
      then: (expected: Reminder[]) =>
        expect(remindersDue({ followUp, leadDays, today, sent })).toEqual(expected),
    }),
  };
}

const due = '2019-03-25';
const open: FollowUpForReminders = { status: 'open', dueDate: due };
const r = (kind: Reminder['kind'], seq = 0, dueDate = due): Reminder => ({ kind, dueDate, seq });

describe('reminders of a follow-up: which are due now', () => {
  it('given an open follow-up due in more than the lead days, then nothing is due', () => {
    given(open).when('2019-03-17').then([]);
  });

  it('given an open follow-up, when the lead window opens (7 days before), then the before reminder', () => {
    given(open)
      .when('2019-03-18')
      .then([r('before')]);
  });

  it('given the before reminder was sent, when a later day of the window comes, then nothing again', () => {
    given(open, [r('before')])
      .when('2019-03-20')
      .then([]);
  });

  it('given the organisation has 14 lead days, then the before reminder comes 14 days ahead', () => {
    given(open)
      .when('2019-03-11', 14)
      .then([r('before')]);
    given(open).when('2019-03-10', 14).then([]);
  });

  it('given a follow-up opened 3 days before its date, then the before reminder at once', () => {
    given(open)
      .when('2019-03-22')
      .then([r('before')]);
  });

  it('given the before reminder was sent, when the due date comes, then the due reminder', () => {
    given(open, [r('before')])
      .when(due)
      .then([r('due')]);
  });

  it('given the due reminder was sent, when the day after comes, then the overdue reminder', () => {
    given(open, [r('before'), r('due')])
      .when('2019-03-26')
      .then([r('overdue')]);
  });

  it('given the overdue reminder was sent, then nothing more until a week later', () => {
    for (const day of ['2019-03-27', '2019-03-30', '2019-04-01']) {
      given(open, [r('overdue')])
        .when(day)
        .then([]);
    }
    given(open, [r('overdue')])
      .when('2019-04-02')
      .then([r('weekly', 1)]);
  });

  it('given it stays overdue, then weekly reminders every 7 days, numbered 1, 2, 3', () => {
    given(open, [r('overdue'), r('weekly', 1)])
      .when('2019-04-09')
      .then([r('weekly', 2)]);
    given(open, [r('overdue'), r('weekly', 1), r('weekly', 2)])
      .when('2019-04-16')
      .then([r('weekly', 3)]);
    given(open, [r('overdue'), r('weekly', 1), r('weekly', 2)])
      .when('2019-04-15')
      .then([]);
  });

  it('given a completed or cancelled follow-up, then nothing, whatever the day', () => {
    for (const status of ['completed', 'cancelled'] as const) {
      for (const day of ['2019-03-18', due, '2019-03-26', '2019-04-02']) {
        given({ status, dueDate: due }).when(day).then([]);
      }
    }
  });

  it('given a reminder of the old date was sent, when it is rescheduled, then a new series starts', () => {
    const moved: FollowUpForReminders = { status: 'open', dueDate: '2019-04-29' };
    const oldSeries = [r('before'), r('due'), r('overdue')];
    given(moved, oldSeries).when('2019-03-27').then([]);
    given(moved, oldSeries)
      .when('2019-04-22')
      .then([r('before', 0, '2019-04-29')]);
    given(moved, [...oldSeries, r('before', 0, '2019-04-29')])
      .when('2019-04-29')
      .then([r('due', 0, '2019-04-29')]);
  });

  it('given a follow-up moved back to a date already sent for, then that series is not repeated', () => {
    given(open, [r('before'), r('due'), r('before', 0, '2019-04-29')])
      .when(due)
      .then([]);
  });

  describe('catch-up: the worker was down, only the latest applicable reminder is sent', () => {
    it('given nothing was sent, when the sweep first runs on the due date, then only the due reminder', () => {
      given(open)
        .when(due)
        .then([r('due')]);
    });

    it('given nothing was sent, when it first runs three days late, then only the overdue reminder', () => {
      given(open)
        .when('2019-03-28')
        .then([r('overdue')]);
    });

    it('given the before reminder was sent, when it next runs 20 days after the date, then weekly 2 only', () => {
      given(open, [r('before')])
        .when('2019-04-14')
        .then([r('weekly', 2)]);
    });

    it('given a later reminder was sent (the clock moved back), then no earlier one', () => {
      given(open, [r('weekly', 2)])
        .when('2019-04-03')
        .then([]);
    });
  });
});

describe('when the sweep looks at a follow-up next', () => {
  const next = (today: string, leadDays = 7) => nextReminderOn(due, leadDays, today);

  it('is the day the lead window opens while it is not open yet', () => {
    expect(next('2019-01-01')).toBe('2019-03-18');
    expect(next('2019-03-01', 30)).toBe('2019-03-25');
  });

  it('is the due date inside the window, the day after on the due date', () => {
    expect(next('2019-03-18')).toBe(due);
    expect(next('2019-03-24')).toBe(due);
    expect(next(due)).toBe('2019-03-26');
  });

  it('is the next weekly day once overdue', () => {
    expect(next('2019-03-26')).toBe('2019-04-02');
    expect(next('2019-04-01')).toBe('2019-04-02');
    expect(next('2019-04-02')).toBe('2019-04-09');
  });

  it('is always after today, and the reminder that applies there is a new one', () => {
    let day = '2019-03-01';
    const seen: Reminder[] = [];
    for (let i = 0; i < 12; i += 1) {
      day = next(day);
      const [reminder] = remindersDue({ followUp: open, leadDays: 7, today: day, sent: seen });
      expect(reminder).toBeDefined();
      seen.push(reminder!);
    }
    expect(seen.map((s) => `${s.kind}${s.seq || ''}`)).toEqual([
      'before',
      'due',
      'overdue',
      ...Array.from({ length: 9 }, (_, i) => `weekly${i + 1}`),
    ]);
  });
});

describe('calendar days', () => {
  it('adds days across months, years and the summer-time change', () => {
    expect(addDays('2019-03-25', 7)).toBe('2019-04-01');
    expect(addDays('2019-12-29', 7)).toBe('2020-01-05');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2019-03-30', '2019-04-01')).toBe(2);
    expect(daysBetween('2019-10-26', '2019-10-28')).toBe(2);
  });
});
