import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import { closed, command, handled, later, scheduled } from './meeting.fixtures.js';

const spec = deciderSpecification(meetingDecider);

/** Scheduled as meetings are now: no number until the protocol comes to exist. */
type Scheduled = Extract<MeetingEvent, { type: 'MeetingScheduled' }>;
const { protocolNumber: _numberedAtScheduling, ...unnumbered } = (scheduled as Scheduled).data;
const scheduledWithoutNumber: MeetingEvent = { type: 'MeetingScheduled', data: unnumbered } as MeetingEvent;
const handledWithoutNumber = handled.map((event) => (event === scheduled ? scheduledWithoutNumber : event));

const seventh = { number: 7, year: 2019, format: 'N/YY' as const };
const closedWith = (data: Record<string, unknown>): MeetingEvent =>
  ({ ...closed, data: { ...closed.data, ...data } }) as MeetingEvent;

describe('meeting: the protocol number is given when the meeting closes', () => {
  it('scheduling a meeting gives it no number', () => {
    const { meetingId: _id, at: _at, ...plan } = unnumbered;
    spec
      .given([])
      .when(command('ScheduleMeeting', plan, unnumbered.at))
      .then([scheduledWithoutNumber]);
  });

  it('a meeting scheduled without a number has none until it closes', () => {
    expect(foldEvents(meetingDecider, [scheduledWithoutNumber]).protocolNumber).toBeUndefined();
  });

  it('closing records the number the group gives it', () => {
    spec
      .given(handledWithoutNumber)
      .when(command('CloseMeeting', { protocolNumber: seventh }))
      .then([closedWith({ protocolNumber: seventh })]);
  });

  it('the closed meeting has that number', () => {
    const state = foldEvents(meetingDecider, [
      ...handledWithoutNumber,
      closedWith({ protocolNumber: seventh }),
    ]);
    expect(state.protocolNumber).toEqual(seventh);
  });

  it('a meeting numbered at scheduling (an older event) keeps its number when it closes', () => {
    spec
      .given(handled)
      .when(command('CloseMeeting', { protocolNumber: seventh }))
      .then([closed]);
  });

  it('closing an unnumbered meeting without a number is refused with MEETING.NOT_NUMBERED', () => {
    spec.given(handledWithoutNumber).when(command('CloseMeeting', {})).thenThrows('MEETING.NOT_NUMBERED');
  });

  it('a number that is not N ≥ 1 of a year is refused with MEETING.INVALID_PROTOCOL_NUMBER', () => {
    spec
      .given(handledWithoutNumber)
      .when(command('CloseMeeting', { protocolNumber: { number: 0, year: 2019 } }))
      .thenThrows('MEETING.INVALID_PROTOCOL_NUMBER');
  });
});

describe('meeting: when it was really held', () => {
  // Scheduled 09:00–11:00 Swedish time on 25 February 2019; closed at 12:00 Swedish time (`later`).
  const startedAt = '2019-02-25T08:10:00Z';
  const endedAt = '2019-02-25T09:40:00Z';

  it('closing records the start and end the meeting really had', () => {
    spec
      .given(handled)
      .when(command('CloseMeeting', { startedAt, endedAt }))
      .then([closedWith({ startedAt, endedAt })]);
  });

  it('the closed meeting keeps both its held times and the moment it was closed', () => {
    const state = foldEvents(meetingDecider, [...handled, closedWith({ startedAt, endedAt })]);
    expect(state).toMatchObject({ startedAt, endedAt, closedAt: later });
  });

  it('closed in the evening, a morning meeting still ended in the morning', () => {
    const evening = '2019-02-25T17:30:00Z';
    const state = foldEvents(meetingDecider, [...handled, closedWith({ startedAt, endedAt, at: evening })]);
    expect(state).toMatchObject({ endedAt, closedAt: evening });
  });

  it('an end before the start is refused with MEETING.ENDED_BEFORE_STARTED', () => {
    spec
      .given(handled)
      .when(command('CloseMeeting', { startedAt: endedAt, endedAt: startedAt }))
      .thenThrows('MEETING.ENDED_BEFORE_STARTED');
  });

  it('an end before the scheduled start, with no start given, is refused with MEETING.ENDED_BEFORE_STARTED', () => {
    spec
      .given(handled)
      .when(command('CloseMeeting', { endedAt: '2019-02-25T07:30:00Z' }))
      .thenThrows('MEETING.ENDED_BEFORE_STARTED');
  });

  it('a held time after the closing is refused with MEETING.HELD_TIME_AFTER_CLOSING', () => {
    spec
      .given(handled)
      .when(command('CloseMeeting', { startedAt, endedAt: '2019-02-25T11:30:00Z' }))
      .thenThrows('MEETING.HELD_TIME_AFTER_CLOSING');
  });

  it('a start on another day than the scheduled one is refused with MEETING.HELD_ON_ANOTHER_DAY', () => {
    spec
      .given(handled)
      .when(command('CloseMeeting', { startedAt: '2019-02-24T08:00:00Z' }, '2019-02-25T11:00:00Z'))
      .thenThrows('MEETING.HELD_ON_ANOTHER_DAY');
  });

  it('an end more than a day after the start is refused with MEETING.HELD_ON_ANOTHER_DAY', () => {
    spec
      .given(handled)
      .when(command('CloseMeeting', { startedAt, endedAt: '2019-02-26T09:00:00Z' }, '2019-02-27T08:00:00Z'))
      .thenThrows('MEETING.HELD_ON_ANOTHER_DAY');
  });

  it('a time that does not exist is refused with MEETING.INVALID_HELD_TIME', () => {
    spec
      .given(handled)
      .when(command('CloseMeeting', { startedAt: '2019-02-30T08:00:00Z' }))
      .thenThrows('MEETING.INVALID_HELD_TIME');
  });
});
