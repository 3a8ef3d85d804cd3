import { foldEvents } from '#libs/ddd';
import { initialMeetingState, meetingDecider, type MeetingState } from '../../domain/index.js';
import { running, scheduled } from '../../domain/meeting.fixtures.js';
import { carryOverSources, followUpIdsOf } from './carry-over-sources.js';

const meetingAt = (meetingId: string, startsAt: string): MeetingState => ({
  ...initialMeetingState(),
  status: 'scheduled',
  meetingId,
  startsAt,
});

describe('where the carry-over of a new meeting comes from', () => {
  const january = meetingAt('m-jan', '2019-01-28T08:00:00Z');
  const february = meetingAt('m-feb', '2019-02-25T08:00:00Z');
  const april = meetingAt('m-apr', '2019-04-29T07:00:00Z');
  const cancelled = (meeting: MeetingState): MeetingState => ({ ...meeting, status: 'cancelled' });

  it('takes the latest meeting that starts before the new one, whatever order they were numbered in', () => {
    expect(carryOverSources([february, april, january], '2019-03-25T08:00:00Z')).toEqual({
      previousMeeting: february,
      cancelledMeetings: [],
    });
  });

  it('has no previous meeting for a group’s first meeting', () => {
    expect(carryOverSources([april], '2019-03-25T08:00:00Z').previousMeeting).toBeUndefined();
    expect(carryOverSources([], '2019-03-25T08:00:00Z').previousMeeting).toBeUndefined();
  });

  it('passes over cancelled meetings to the last one not cancelled, and names the cancelled ones since, by date', () => {
    const march = cancelled(meetingAt('m-mar', '2019-03-25T08:00:00Z'));
    const earlyApril = cancelled(meetingAt('m-apr-1', '2019-04-08T07:00:00Z'));
    const cancelledJanuary = cancelled(january);
    expect(carryOverSources([earlyApril, february, march, cancelledJanuary], '2019-04-29T07:00:00Z')).toEqual(
      { previousMeeting: february, cancelledMeetings: [march, earlyApril] },
    );
  });

  it('with only cancelled meetings before, has no previous meeting but all of them', () => {
    const cancelledJanuary = cancelled(january);
    const cancelledFebruary = cancelled(february);
    expect(carryOverSources([cancelledFebruary, cancelledJanuary], '2019-03-25T08:00:00Z')).toEqual({
      previousMeeting: undefined,
      cancelledMeetings: [cancelledJanuary, cancelledFebruary],
    });
  });

  it('knows every follow-up the group’s meetings assigned, once each', () => {
    const withFollowUp = foldEvents(meetingDecider, [
      ...running,
      {
        type: 'FollowUpDateAssigned',
        data: {
          meetingId: scheduled.data.meetingId,
          itemId: 'i-dialog',
          followUpId: 'f-enkat',
          action: 'Utvärdera avslutningsenkäten',
          responsible: { personId: 'p-sofia', name: 'Sofia Hägg' },
          dueDate: '2019-04-29',
          at: '2019-02-25T09:00:00Z',
        },
      },
    ]);
    expect(followUpIdsOf([withFollowUp, january, withFollowUp])).toEqual(['f-enkat']);
  });
});
