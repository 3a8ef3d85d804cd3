import { readFollowUpFilters } from './follow-up-filters.js';

const ME = 'a3b2c1d0-0000-4000-8000-000000000001';

describe('the follow-up list filters', () => {
  it('defaults to the open follow-ups, as the API does', () => {
    expect(readFollowUpFilters({}, ME)).toMatchObject({ filter: { status: 'open' }, errors: {} });
  });

  it('reads every filter the API has into ListFollowUpsQuery’s filter', () => {
    const { filter, errors } = readFollowUpFilters(
      {
        status: 'all',
        overdue: 'ja',
        groupId: 'g-1',
        responsible: 'mina',
        dueOnOrBefore: '2019-03-31',
        meetingId: 'm-1',
      },
      ME,
    );
    expect(errors).toEqual({});
    expect(filter).toEqual({
      status: 'all',
      overdue: true,
      groupIds: ['g-1'],
      responsibleId: ME,
      dueOnOrBefore: '2019-03-31',
      originMeetingId: 'm-1',
    });
  });

  it('says a date that does not exist, or an unknown status, next to its field', () => {
    expect(readFollowUpFilters({ dueOnOrBefore: '2019-02-29' }, ME).errors).toEqual({
      dueOnOrBefore: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2019-03-31.',
    });
    expect(readFollowUpFilters({ status: 'stängd' }, ME).errors).toEqual({
      status: 'Välj en av statusarna i listan.',
    });
  });

  it('takes a repeated parameter (an array) for none, rather than failing', () => {
    expect(readFollowUpFilters({ status: ['open', 'all'], groupId: ['a', 'b'] }, ME).filter).toEqual({
      status: 'open',
    });
  });
});
