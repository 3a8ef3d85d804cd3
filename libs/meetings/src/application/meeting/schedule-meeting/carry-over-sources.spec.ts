import { foldEvents } from '#libs/ddd';
import { initialMeetingState, meetingDecider, type MeetingState } from '../../../domain/meeting/index.js';
import { running, scheduled } from '../../../domain/meeting/meeting.fixtures.js';
import { followUpIdsOf, previousMeeting } from './carry-over-sources.js';

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

  it('takes the latest meeting that starts before the new one, whatever order they were numbered in', () => {
    expect(previousMeeting([february, april, january], '2019-03-25T08:00:00Z')).toBe(february);
  });

  it('has no previous meeting for a group’s first meeting', () => {
    expect(previousMeeting([april], '2019-03-25T08:00:00Z')).toBeUndefined();
    expect(previousMeeting([], '2019-03-25T08:00:00Z')).toBeUndefined();
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
