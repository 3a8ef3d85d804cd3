import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  attendanceRecorded,
  closedMeeting,
  command,
  informationRecorded,
  later,
  meetingId,
  prepared,
  scheduled,
} from './meeting.fixtures.js';
import { meetingDate } from './queries.js';

const spec = deciderSpecification(meetingDecider);

/** A week later, in another room: what a chair changes when the meeting moves. */
const move = {
  startsAt: '2019-03-04T08:00:00Z',
  endsAt: '2019-03-04T10:30:00Z',
  place: 'Sammanträdesrum Vättern',
};
const reschedule = (changes: Partial<typeof move> & { videoLink?: string } = {}) =>
  command('RescheduleMeeting', { ...move, ...changes });
const rescheduled: MeetingEvent = { type: 'MeetingRescheduled', data: { meetingId, ...move, at: later } };
const cancelled: MeetingEvent = {
  type: 'MeetingCancelled',
  data: { meetingId, reason: 'Ordföranden är sjuk.', at: later },
};

describe('meeting: rescheduling', () => {
  it('moving a scheduled meeting records the new time and place, and the meeting date follows', () => {
    spec.given(prepared).when(reschedule()).then([rescheduled]);
    const state = foldEvents(meetingDecider, [...prepared, rescheduled]);
    expect(state).toMatchObject({ status: 'scheduled', ...move });
    expect(meetingDate(state)).toBe('2019-03-04');
    expect(state.protocolNumber).toEqual({ number: 2, year: 2019 });
  });

  it('the location is replaced as a whole: moving to video only leaves no place behind', () => {
    const { place: _place, ...time } = move;
    const online: MeetingEvent = {
      type: 'MeetingRescheduled',
      data: { meetingId, ...time, videoLink: 'https://möte.example.se/fsg', at: later },
    };
    spec
      .given(prepared)
      .when(command('RescheduleMeeting', { ...time, videoLink: 'https://möte.example.se/fsg' }))
      .then([online]);
    const state = foldEvents(meetingDecider, [...prepared, online]);
    expect(state.place).toBeUndefined();
    expect(state.videoLink).toBe('https://möte.example.se/fsg');
  });

  it('moving it to the time and place it already has records nothing', () => {
    spec
      .given([...prepared, rescheduled])
      .when(reschedule())
      .then([]);
    const { startsAt, endsAt, place } = scheduled.data as typeof move;
    spec
      .given(prepared)
      .when(command('RescheduleMeeting', { startsAt, endsAt, place: ` ${place} ` }))
      .then([]);
  });

  it('moving it twice records both moves; the second one is what holds', () => {
    const again = { ...move, startsAt: '2019-03-11T08:00:00Z', endsAt: '2019-03-11T10:00:00Z' };
    spec
      .given([...prepared, rescheduled])
      .when(reschedule(again))
      .then([{ type: 'MeetingRescheduled', data: { meetingId, ...again, at: later } }]);
  });

  it('a meeting with kallelse and attendance but nothing recorded on its items can still move', () => {
    const kallelse: MeetingEvent = {
      type: 'KallelseIssued',
      data: { meetingId, agendaVersion: 1, recipients: [], at: later },
    };
    spec
      .given([...prepared, kallelse, attendanceRecorded])
      .when(reschedule())
      .then([rescheduled]);
  });

  it('a meeting that ends before it starts is refused with MEETING.ENDS_BEFORE_START', () => {
    spec
      .given(prepared)
      .when(reschedule({ endsAt: '2019-03-04T07:00:00Z' }))
      .thenThrows('MEETING.ENDS_BEFORE_START');
    spec
      .given(prepared)
      .when(reschedule({ endsAt: move.startsAt }))
      .thenThrows('MEETING.ENDS_BEFORE_START');
  });

  it('a move without place or video link is refused with MEETING.LOCATION_REQUIRED', () => {
    spec
      .given(prepared)
      .when(command('RescheduleMeeting', { startsAt: move.startsAt, endsAt: move.endsAt }))
      .thenThrows('MEETING.LOCATION_REQUIRED');
  });

  it('a blank place is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(prepared)
      .when(reschedule({ place: '  ' }))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it.each(['2019-02-30T08:00:00Z', '2019-03-04 08:00', '2019-03-04T08:00:00+01:00'])(
    'a start time %p that is not an existing UTC instant is refused with VALIDATION.INVALID_INSTANT',
    (startsAt) => {
      spec.given(prepared).when(reschedule({ startsAt })).thenThrows('VALIDATION.INVALID_INSTANT');
    },
  );

  it('a move into another year (in Stockholm) is refused with MEETING.RESCHEDULED_TO_ANOTHER_YEAR', () => {
    // 23:30 UTC on New Year's Eve is already 2020 in Sweden; protocol 2/2019 belongs to 2019.
    spec
      .given(prepared)
      .when(reschedule({ startsAt: '2019-12-31T23:30:00Z', endsAt: '2020-01-01T01:00:00Z' }))
      .thenThrows('MEETING.RESCHEDULED_TO_ANOTHER_YEAR');
    spec
      .given(prepared)
      .when(reschedule({ startsAt: '2019-12-31T21:30:00Z', endsAt: '2019-12-31T22:30:00Z' }))
      .then([
        {
          type: 'MeetingRescheduled',
          data: {
            meetingId,
            ...move,
            startsAt: '2019-12-31T21:30:00Z',
            endsAt: '2019-12-31T22:30:00Z',
            at: later,
          },
        },
      ]);
  });

  it('a meeting with something recorded on an item is under way: refused with MEETING.UNDER_WAY', () => {
    spec
      .given([...prepared, attendanceRecorded, informationRecorded])
      .when(reschedule())
      .thenThrows('MEETING.UNDER_WAY');
  });

  it('an unscheduled meeting is refused with MEETING.NOT_SCHEDULED', () => {
    spec.given([]).when(reschedule()).thenThrows('MEETING.NOT_SCHEDULED');
  });

  it('a closed meeting is refused with MEETING.CLOSED', () => {
    spec.given(closedMeeting).when(reschedule()).thenThrows('MEETING.CLOSED');
  });

  it('a cancelled meeting is refused with MEETING.CANCELLED', () => {
    spec
      .given([...prepared, cancelled])
      .when(reschedule())
      .thenThrows('MEETING.CANCELLED');
  });
});
