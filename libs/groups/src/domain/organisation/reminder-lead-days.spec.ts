import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { OrganisationEvent } from './events.js';
import { organisationDecider } from './organisation.decider.js';

/** Issue 12: the days before a follow-up's due date its reminder goes out, per organisation. */
const spec = deciderSpecification(organisationDecider);
const organisationId = 'org-exempelstad';
const at = '2019-01-07T08:00:00Z';
const created: OrganisationEvent = {
  type: 'OrganisationCreated',
  data: { organisationId, name: 'Exempelstad', at },
};
const set = (leadDays: number): OrganisationEvent => ({
  type: 'ReminderLeadDaysSet',
  data: { organisationId, leadDays, at },
});
const command = (leadDays: number) => ({
  type: 'SetReminderLeadDays' as const,
  data: { organisationId, leadDays, at },
});

describe('organisation: reminder lead days', () => {
  it('given a new organisation, then its lead days are the default (none recorded)', () => {
    expect(foldEvents(organisationDecider, [created]).reminderLeadDays).toBeUndefined();
  });

  it('when the lead days are set to 14, then that is recorded and folded', () => {
    spec
      .given([created])
      .when(command(14))
      .then([set(14)]);
    expect(foldEvents(organisationDecider, [created, set(14)]).reminderLeadDays).toBe(14);
  });

  it('when they are set to what is in force (7 by default, or the set value), then nothing', () => {
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

  it('refuses 0, 61 and a fraction with ORGANISATION.REMINDER_LEAD_DAYS_OUT_OF_RANGE', () => {
    for (const leadDays of [0, 61, 2.5, -3]) {
      spec
        .given([created])
        .when(command(leadDays))
        .thenThrows('ORGANISATION.REMINDER_LEAD_DAYS_OUT_OF_RANGE');
    }
  });

  it('refuses before the organisation exists', () => {
    spec.given([]).when(command(14)).thenThrows('ORGANISATION.NOT_CREATED');
  });
});
