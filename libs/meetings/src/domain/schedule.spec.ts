import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { AgendaItem } from './agenda-item.js';
import type { MeetingCommand } from './commands.js';
import { meetingDecider } from './meeting.decider.js';
import { command, item, scheduled, unionOrganisations } from './meeting.fixtures.js';

const spec = deciderSpecification(meetingDecider);
const scheduleData = scheduled.data as Extract<MeetingCommand, { type: 'ScheduleMeeting' }>['data'];
const schedule = (overrides: Partial<typeof scheduleData> = {}): MeetingCommand => ({
  type: 'ScheduleMeeting',
  data: { ...scheduleData, ...overrides },
});
const returning: AgendaItem = {
  ...item('deferred:m-2019-1:i-tema', 'Fackliga parter återkopplar kring förra tematräffen', 'dialog', {
    side: 'union',
    organisation: 'Kommunal',
  }),
  origin: {
    kind: 'deferred',
    fromMeetingId: 'm-2019-1',
    fromItemId: 'i-tema',
    fromParagraph: 9,
    fromDate: '2019-01-28',
    reason: 'Kommunal deltar inte vid detta möte.',
  },
};

describe('meeting: scheduling', () => {
  it('scheduling records group, time, place, protocol number N/YYYY and Dnr', () => {
    spec.given([]).when(schedule()).then([scheduled]);
  });

  it('a meeting held over video needs no place', () => {
    const { place: _place, ...withoutPlace } = scheduleData;
    const data = { ...withoutPlace, videoLink: 'https://möte.example.se/fsg' };
    spec
      .given([])
      .when({ type: 'ScheduleMeeting', data })
      .then([{ type: 'MeetingScheduled', data }]);
  });

  it('carried-over items become the initial agenda proposal (version 0)', () => {
    const event = { type: 'MeetingScheduled' as const, data: { ...scheduleData, carriedOver: [returning] } };
    spec
      .given([])
      .when(schedule({ carriedOver: [returning] }))
      .then([event]);
    const state = foldEvents(meetingDecider, [event]);
    expect(state.agenda).toEqual([returning]);
    expect(state.agendaVersion).toBe(0);
  });

  it('a carried-over item without an origin is refused with MEETING.CARRIED_OVER_WITHOUT_ORIGIN', () => {
    spec
      .given([])
      .when(schedule({ carriedOver: [item('i-x', 'Utan ursprung', 'dialog')] }))
      .thenThrows('MEETING.CARRIED_OVER_WITHOUT_ORIGIN');
  });

  it('scheduling twice is refused with MEETING.ALREADY_SCHEDULED', () => {
    spec.given([scheduled]).when(schedule()).thenThrows('MEETING.ALREADY_SCHEDULED');
  });

  it('a meeting that ends before it starts is refused with MEETING.ENDS_BEFORE_START', () => {
    spec
      .given([])
      .when(schedule({ endsAt: '2019-02-25T07:00:00Z' }))
      .thenThrows('MEETING.ENDS_BEFORE_START');
  });

  it('a meeting without place or video link is refused with MEETING.LOCATION_REQUIRED', () => {
    spec
      .given([])
      .when(schedule({ place: undefined }))
      .thenThrows('MEETING.LOCATION_REQUIRED');
  });

  it.each(['2019-02-30T08:00:00Z', '2019-02-25 08:00', '2019-02-25T08:00:00+01:00', '2019-02-25T24:00:00Z'])(
    'a start time %p that is not an existing UTC instant is refused with VALIDATION.INVALID_INSTANT',
    (startsAt) => {
      spec.given([]).when(schedule({ startsAt })).thenThrows('VALIDATION.INVALID_INSTANT');
    },
  );

  it.each([
    { number: 0, year: 2019 },
    { number: 2, year: 19 },
    { number: 1.5, year: 2019 },
  ])('protocol number %j is refused with MEETING.INVALID_PROTOCOL_NUMBER', (protocolNumber) => {
    spec.given([]).when(schedule({ protocolNumber })).thenThrows('MEETING.INVALID_PROTOCOL_NUMBER');
  });

  it('an empty Dnr is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given([])
      .when(schedule({ dnr: ' ' }))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('a carried-over item proposed by an organisation not on the tenant list is refused with VALIDATION.UNKNOWN_UNION_ORGANISATION', () => {
    spec
      .given([])
      .when(
        schedule({
          unionOrganisations: unionOrganisations.filter((name) => name !== 'Kommunal'),
          carriedOver: [returning],
        }),
      )
      .thenThrows('VALIDATION.UNKNOWN_UNION_ORGANISATION');
  });

  it('anything but scheduling on an unscheduled meeting is refused with MEETING.NOT_SCHEDULED', () => {
    spec
      .given([])
      .when(command('SetAgenda', { items: [] }))
      .thenThrows('MEETING.NOT_SCHEDULED');
    spec.given([]).when(command('CloseMeeting', {})).thenThrows('MEETING.NOT_SCHEDULED');
  });
});
