import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { FollowUpCommand } from './commands.js';
import type { FollowUpEvent } from './events.js';
import { followUpDecider } from './follow-up.decider.js';

const spec = deciderSpecification(followUpDecider);
const followUpId = 'fu-avslut';
const at = '2019-02-25T10:00:00Z';
const openData = {
  followUpId,
  groupId: 'group-fsg-soc',
  origin: { meetingId: 'm-2019-2', itemId: 'item-avslut', meetingDate: '2019-02-25' },
  action: 'Utvärdera de digitala avslutningsenkäterna',
  responsible: { personId: 'p-hr', name: 'Göran Ärlig' },
  dueDate: '2019-04-29',
  at,
};
const opened: FollowUpEvent = { type: 'FollowUpOpened', data: openData };
const completed: FollowUpEvent = { type: 'FollowUpCompleted', data: { followUpId, at } };
const cancelled: FollowUpEvent = {
  type: 'FollowUpCancelled',
  data: { followUpId, reason: 'Ersatt av stadens enkät', at },
};
const report: FollowUpCommand = {
  type: 'ReportFollowUp',
  data: { followUpId, meetingId: 'm-2019-4', itemId: 'item-ater', text: 'Enkäten är i drift.', at },
};

describe('follow-up: opening', () => {
  it('opening a follow-up from a meeting item records action, responsible and due date', () => {
    spec.given([]).when({ type: 'OpenFollowUp', data: openData }).then([opened]);
  });

  it('opening the same follow-up again records nothing', () => {
    spec.given([opened]).when({ type: 'OpenFollowUp', data: openData }).then([]);
  });

  it('opening it again with other details is refused with FOLLOW_UP.ALREADY_OPENED', () => {
    spec
      .given([opened])
      .when({ type: 'OpenFollowUp', data: { ...openData, dueDate: '2019-05-01' } })
      .thenThrows('FOLLOW_UP.ALREADY_OPENED');
  });

  it('a due date that does not exist (2019-02-30) is refused with VALIDATION.INVALID_DATE', () => {
    spec
      .given([])
      .when({ type: 'OpenFollowUp', data: { ...openData, dueDate: '2019-02-30' } })
      .thenThrows('VALIDATION.INVALID_DATE');
  });

  it('an empty action is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given([])
      .when({ type: 'OpenFollowUp', data: { ...openData, action: ' \n ' } })
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('reporting on a follow-up that was never opened is refused with FOLLOW_UP.NOT_OPENED', () => {
    spec.given([]).when(report).thenThrows('FOLLOW_UP.NOT_OPENED');
  });
});

describe('follow-up: lifecycle', () => {
  it('reporting back in a meeting records the report and keeps it open', () => {
    spec
      .given([opened])
      .when(report)
      .then([{ type: 'FollowUpReported', data: report.data } as FollowUpEvent]);
    const state = foldEvents(followUpDecider, [
      opened,
      { type: 'FollowUpReported', data: report.data } as FollowUpEvent,
    ]);
    expect(state.status).toBe('open');
    expect(state.reports).toHaveLength(1);
  });

  it('an empty report is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given([opened])
      .when({ type: 'ReportFollowUp', data: { ...(report.data as object), text: '' } } as FollowUpCommand)
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('completing records it, with an optional note', () => {
    spec.given([opened]).when({ type: 'CompleteFollowUp', data: { followUpId, at } }).then([completed]);
    spec
      .given([opened])
      .when({ type: 'CompleteFollowUp', data: { followUpId, note: 'Klart.', at } })
      .then([{ type: 'FollowUpCompleted', data: { followUpId, note: 'Klart.', at } }]);
  });

  it('completing with an empty note is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given([opened])
      .when({ type: 'CompleteFollowUp', data: { followUpId, note: ' ', at } })
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('completing twice records nothing', () => {
    spec.given([opened, completed]).when({ type: 'CompleteFollowUp', data: { followUpId, at } }).then([]);
  });

  it('rescheduling records the previous and the new due date with the reason', () => {
    spec
      .given([opened])
      .when({
        type: 'RescheduleFollowUp',
        data: { followUpId, newDueDate: '2019-05-27', reason: 'Testet förlängs', at },
      })
      .then([
        {
          type: 'FollowUpRescheduled',
          data: {
            followUpId,
            previousDueDate: '2019-04-29',
            newDueDate: '2019-05-27',
            reason: 'Testet förlängs',
            at,
          },
        },
      ]);
  });

  it('rescheduling to the same date is refused with FOLLOW_UP.SAME_DUE_DATE', () => {
    spec
      .given([opened])
      .when({
        type: 'RescheduleFollowUp',
        data: { followUpId, newDueDate: '2019-04-29', reason: 'Ingen ändring', at },
      })
      .thenThrows('FOLLOW_UP.SAME_DUE_DATE');
  });

  it('rescheduling without a reason is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given([opened])
      .when({ type: 'RescheduleFollowUp', data: { followUpId, newDueDate: '2019-05-27', reason: '', at } })
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('rescheduling to a date that does not exist is refused with VALIDATION.INVALID_DATE', () => {
    spec
      .given([opened])
      .when({
        type: 'RescheduleFollowUp',
        data: { followUpId, newDueDate: '2019-06-31', reason: 'Semester', at },
      })
      .thenThrows('VALIDATION.INVALID_DATE');
  });

  it('cancelling records the reason', () => {
    spec
      .given([opened])
      .when({ type: 'CancelFollowUp', data: { followUpId, reason: 'Ersatt av stadens enkät', at } })
      .then([cancelled]);
  });

  it('cancelling without a reason is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given([opened])
      .when({ type: 'CancelFollowUp', data: { followUpId, reason: '  ', at } })
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('cancelling twice records nothing', () => {
    spec
      .given([opened, cancelled])
      .when({ type: 'CancelFollowUp', data: { followUpId, reason: 'Igen', at } })
      .then([]);
  });

  it.each<[string, FollowUpCommand]>([
    ['reporting', report],
    [
      'rescheduling',
      { type: 'RescheduleFollowUp', data: { followUpId, newDueDate: '2019-05-27', reason: 'Sent', at } },
    ],
    ['cancelling', { type: 'CancelFollowUp', data: { followUpId, reason: 'Onödig', at } }],
  ])('%s a completed follow-up is refused with FOLLOW_UP.COMPLETED', (_name, command) => {
    spec.given([opened, completed]).when(command).thenThrows('FOLLOW_UP.COMPLETED');
  });

  it.each<[string, FollowUpCommand]>([
    ['reporting', report],
    [
      'rescheduling',
      { type: 'RescheduleFollowUp', data: { followUpId, newDueDate: '2019-05-27', reason: 'Sent', at } },
    ],
    ['completing', { type: 'CompleteFollowUp', data: { followUpId, at } }],
  ])('%s a cancelled follow-up is refused with FOLLOW_UP.CANCELLED', (_name, command) => {
    spec.given([opened, cancelled]).when(command).thenThrows('FOLLOW_UP.CANCELLED');
  });

  it('the state follows the latest due date and keeps the cancellation reason', () => {
    const rescheduled: FollowUpEvent = {
      type: 'FollowUpRescheduled',
      data: { followUpId, previousDueDate: '2019-04-29', newDueDate: '2019-05-27', reason: 'Sent', at },
    };
    const state = foldEvents(followUpDecider, [opened, rescheduled, cancelled]);
    expect(state).toMatchObject({
      status: 'cancelled',
      dueDate: '2019-05-27',
      closingReason: 'Ersatt av stadens enkät',
    });
  });
});

describe('follow-up: confidentiality', () => {
  const marked: FollowUpEvent = { type: 'FollowUpMarkedConfidential', data: { followUpId, at } };
  const mark: FollowUpCommand = { type: 'MarkFollowUpConfidential', data: { followUpId, at } };

  it('a follow-up opened from a confidential item says so', () => {
    spec
      .given([])
      .when({ type: 'OpenFollowUp', data: { ...openData, confidential: true } })
      .then([{ type: 'FollowUpOpened', data: { ...openData, confidential: true } }]);
  });

  it('one opened from an ordinary item carries no confidentiality at all', () => {
    spec
      .given([])
      .when({ type: 'OpenFollowUp', data: { ...openData, confidential: false } })
      .then([opened]);
  });

  it('marking it confidential later records that once, also after it was completed', () => {
    spec.given([opened]).when(mark).then([marked]);
    spec.given([opened, completed]).when(mark).then([marked]);
    spec.given([opened, marked]).when(mark).then([]);
  });

  it('the state knows it is confidential either way', () => {
    const state = (events: FollowUpEvent[]) => foldEvents(followUpDecider, events).confidential;
    expect(state([opened])).toBe(false);
    expect(state([opened, marked])).toBe(true);
    expect(state([{ type: 'FollowUpOpened', data: { ...openData, confidential: true } }])).toBe(true);
  });

  it('a follow-up that was never opened cannot be marked', () => {
    spec.given([]).when(mark).thenThrows('FOLLOW_UP.NOT_OPENED');
  });
});

describe('follow-up: its history', () => {
  const hr = { personId: 'p-hr', name: 'Göran Ärlig' };
  const chair = { personId: 'p-chair', name: 'Jenny Gräslund' };
  const move = (newDueDate: string, reason: string, by = hr): FollowUpCommand => ({
    type: 'RescheduleFollowUp',
    data: { followUpId, newDueDate, reason, by, at },
  });

  it('a move records who made it with the old date, the new date and the reason', () => {
    spec
      .given([opened])
      .when(move('2019-05-27', 'Enkäten blev försenad'))
      .then([
        {
          type: 'FollowUpRescheduled',
          data: {
            followUpId,
            previousDueDate: '2019-04-29',
            newDueDate: '2019-05-27',
            reason: 'Enkäten blev försenad',
            by: hr,
            at,
          },
        },
      ]);
  });

  it('a report records who reported it', () => {
    spec
      .given([opened])
      .when({ ...report, data: { ...report.data, by: chair } } as FollowUpCommand)
      .then([
        {
          type: 'FollowUpReported',
          data: {
            followUpId,
            meetingId: 'm-2019-4',
            itemId: 'item-ater',
            text: 'Enkäten är i drift.',
            by: chair,
            at,
          },
        },
      ]);
  });

  it('the state keeps every move, oldest first, and who closed it; old events without a person still fold', () => {
    const events = [
      opened,
      ...followUpDecider.decide(move('2019-05-27', 'Försenad'), foldEvents(followUpDecider, [opened])),
      {
        type: 'FollowUpRescheduled',
        data: { followUpId, previousDueDate: '2019-05-27', newDueDate: '2019-06-24', reason: 'Semester', at },
      },
      { type: 'FollowUpCompleted', data: { followUpId, by: chair, at: '2019-06-24T10:00:00Z' } },
    ] as FollowUpEvent[];
    const state = foldEvents(followUpDecider, events);
    expect(state.reschedules).toEqual([
      { previousDueDate: '2019-04-29', newDueDate: '2019-05-27', reason: 'Försenad', by: hr, at },
      { previousDueDate: '2019-05-27', newDueDate: '2019-06-24', reason: 'Semester', at },
    ]);
    expect(state.closed).toEqual({ by: chair, at: '2019-06-24T10:00:00Z' });
  });
});

describe('follow-up: handled where its returning item is taken up', () => {
  const chair = { personId: 'p-chair', name: 'Jenny Gräslund' };
  const handled = (outcome: 'reported' | 'completed' | 'rescheduled', extra = {}): FollowUpCommand => ({
    type: 'HandleFollowUpAtMeeting',
    data: {
      followUpId,
      meetingId: 'm-2019-4',
      itemId: 'item-ater',
      text: 'Enkäten är i drift.',
      by: chair,
      handling: { outcome, ...extra },
      at,
    },
  });
  const reported: FollowUpEvent = {
    type: 'FollowUpReported',
    data: {
      followUpId,
      meetingId: 'm-2019-4',
      itemId: 'item-ater',
      text: 'Enkäten är i drift.',
      by: chair,
      at,
    },
  };

  it('reports what the meeting recorded, once per meeting, item and text', () => {
    spec.given([opened]).when(handled('reported')).then([reported]);
    spec.given([opened, reported]).when(handled('reported')).then([]);
  });

  it('completes it in the same act when the meeting is done with it', () => {
    spec
      .given([opened])
      .when(handled('completed', { note: 'Klart.' }))
      .then([reported, { type: 'FollowUpCompleted', data: { followUpId, note: 'Klart.', by: chair, at } }]);
  });

  it('moves it to a new date with the reason, and not again to the date it already has', () => {
    const moved: FollowUpEvent = {
      type: 'FollowUpRescheduled',
      data: {
        followUpId,
        previousDueDate: '2019-04-29',
        newDueDate: '2019-05-27',
        reason: 'Försenad',
        by: chair,
        at,
      },
    };
    spec
      .given([opened])
      .when(handled('rescheduled', { newDueDate: '2019-05-27', reason: 'Försenad' }))
      .then([reported, moved]);
    spec
      .given([opened, reported, moved])
      .when(handled('rescheduled', { newDueDate: '2019-05-27', reason: 'Försenad' }))
      .then([]);
  });

  it('a new date needs a reason', () => {
    spec
      .given([opened])
      .when(handled('rescheduled', { newDueDate: '2019-05-27' }))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('one completed or cancelled meanwhile was handled elsewhere: nothing more is recorded', () => {
    spec.given([opened, completed]).when(handled('completed')).then([]);
    spec.given([opened, cancelled]).when(handled('reported')).then([]);
  });
});
