import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { OrganisationCommand } from './commands.js';
import type { OrganisationEvent } from './events.js';
import { organisationDecider } from './organisation.decider.js';

/**
 * The organisation's day settings: the days before a follow-up's due date its reminder goes out
 * (issue 12) and the days from a justering request to its last date (issue 13), both 1–60, default 7.
 */
const spec = deciderSpecification(organisationDecider);
const organisationId = 'org-exempelstad';
const at = '2019-01-07T08:00:00Z';
const created: OrganisationEvent = {
  type: 'OrganisationCreated',
  data: { organisationId, name: 'Exempelstad', at },
};

const settings = [
  {
    name: 'reminder lead days',
    error: 'ORGANISATION.REMINDER_LEAD_DAYS_OUT_OF_RANGE',
    command: (leadDays: number): OrganisationCommand => ({
      type: 'SetReminderLeadDays',
      data: { organisationId, leadDays, at },
    }),
    set: (leadDays: number): OrganisationEvent => ({
      type: 'ReminderLeadDaysSet',
      data: { organisationId, leadDays, at },
    }),
    of: (events: OrganisationEvent[]) => foldEvents(organisationDecider, events).reminderLeadDays,
  },
  {
    name: 'justering days',
    error: 'ORGANISATION.JUSTERING_DAYS_OUT_OF_RANGE',
    command: (days: number): OrganisationCommand => ({
      type: 'SetJusteringDays',
      data: { organisationId, days, at },
    }),
    set: (days: number): OrganisationEvent => ({
      type: 'JusteringDaysSet',
      data: { organisationId, days, at },
    }),
    of: (events: OrganisationEvent[]) => foldEvents(organisationDecider, events).justeringDays,
  },
];

describe.each(settings)('organisation: $name', ({ command, set, of, error }) => {
  it('given a new organisation, then the default applies (none recorded)', () => {
    expect(of([created])).toBeUndefined();
  });

  it('when set to 14, then that is recorded and folded', () => {
    spec
      .given([created])
      .when(command(14))
      .then([set(14)]);
    expect(of([created, set(14)])).toBe(14);
  });

  it('when set to what is in force (7 by default, or the set value), then nothing', () => {
    spec.given([created]).when(command(7)).then([]);
    spec
      .given([created, set(14)])
      .when(command(14))
      .then([]);
    spec
      .given([created, set(14)])
      .when(command(7))
      .then([set(7)]);
  });

  it('accepts 1 and 60, the ends of the range', () => {
    spec
      .given([created])
      .when(command(1))
      .then([set(1)]);
    spec
      .given([created])
      .when(command(60))
      .then([set(60)]);
  });

  it('refuses 0, 61, a fraction and a negative number', () => {
    for (const days of [0, 61, 2.5, -3]) {
      spec.given([created]).when(command(days)).thenThrows(error);
    }
  });

  it('refuses before the organisation exists', () => {
    spec.given([]).when(command(14)).thenThrows('ORGANISATION.NOT_CREATED');
  });
});

it('the two settings are independent of each other', () => {
  const [reminders, justering] = settings;
  const events = [created, reminders.set(3), justering.set(10)];
  expect(reminders.of(events)).toBe(3);
  expect(justering.of(events)).toBe(10);
});
