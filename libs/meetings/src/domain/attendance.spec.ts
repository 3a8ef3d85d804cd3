import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  attendanceRecorded,
  attendees,
  closedMeeting,
  command,
  employer,
  justerare,
  justerareAppointed,
  kommunal,
  later,
  meetingId,
  people,
  prepared,
  running,
  ssr,
  vision,
} from './meeting.fixtures.js';
import type { AttendanceEntry, Justerare } from './participants.js';
import { actingInRole, substitutions } from './queries.js';

const spec = deciderSpecification(meetingDecider);
const record = (entries: AttendanceEntry[]) => command('RecordAttendance', { attendees: entries });
const appoint = (list: Justerare[]) => command('AppointJusterare', { justerare: list });
const recordedLater = (entries: AttendanceEntry[]): MeetingEvent => ({
  type: 'AttendanceRecorded',
  data: { meetingId, attendees: entries, at: later },
});

describe('meeting: attendance', () => {
  it('attendance records present and absent per side and organisation, with "X absent, Y ersätter"', () => {
    spec
      .given(prepared)
      .when(record(attendees))
      .then([recordedLater(attendees)]);
    const state = foldEvents(meetingDecider, [...prepared, attendanceRecorded]);
    expect(
      substitutions(state).map(({ absent, substitute }) => [absent.person.name, substitute.person.name]),
    ).toEqual([['Agneta Östberg', 'Jenny Gräslund']]);
    expect(actingInRole(state, 'ordförande')).toEqual([people.substituteChair]);
  });

  it('an adjungerad attends with role "adjungerad"', () => {
    const withAdjungerad: AttendanceEntry[] = [
      ...attendees,
      {
        person: { personId: 'p-hr', name: 'Björn Säll' },
        party: employer,
        role: 'adjungerad',
        presence: 'present',
      },
    ];
    spec
      .given(prepared)
      .when(record(withAdjungerad))
      .then([recordedLater(withAdjungerad)]);
  });

  it('recording the same attendance again records nothing', () => {
    spec
      .given([...prepared, attendanceRecorded])
      .when(record(attendees))
      .then([]);
  });

  it('an empty attendance is refused with MEETING.NO_ATTENDEES', () => {
    spec.given(prepared).when(record([])).thenThrows('MEETING.NO_ATTENDEES');
  });

  it('a person listed twice is refused with MEETING.DUPLICATE_ATTENDEE', () => {
    spec
      .given(prepared)
      .when(record([...attendees, attendees[3]!]))
      .thenThrows('MEETING.DUPLICATE_ATTENDEE');
  });

  it('a substitute for someone not in the attendance is refused with MEETING.SUBSTITUTE_FOR_UNKNOWN_PERSON', () => {
    const entries = attendees.map((entry) => (entry.replaces ? { ...entry, replaces: 'p-nobody' } : entry));
    spec.given(prepared).when(record(entries)).thenThrows('MEETING.SUBSTITUTE_FOR_UNKNOWN_PERSON');
  });

  it('a substitute for a member recorded present is refused with MEETING.SUBSTITUTE_FOR_PRESENT_PERSON', () => {
    const entries = attendees.map((entry) =>
      entry.replaces ? { ...entry, replaces: people.secretary.personId } : entry,
    );
    spec.given(prepared).when(record(entries)).thenThrows('MEETING.SUBSTITUTE_FOR_PRESENT_PERSON');
  });

  it('an absent substitute is refused with MEETING.ABSENT_SUBSTITUTE', () => {
    const entries = attendees.map((entry): AttendanceEntry =>
      entry.replaces ? { ...entry, presence: 'absent' } : entry,
    );
    spec.given(prepared).when(record(entries)).thenThrows('MEETING.ABSENT_SUBSTITUTE');
  });

  it('two substitutes for one absent member is refused with MEETING.ALREADY_REPLACED', () => {
    const second: AttendanceEntry = {
      person: { personId: 'p-extra', name: 'Östen Ärling' },
      party: employer,
      role: 'ersättare',
      presence: 'present',
      replaces: people.chair.personId,
    };
    spec
      .given(prepared)
      .when(record([...attendees, second]))
      .thenThrows('MEETING.ALREADY_REPLACED');
  });

  it('an attendee for an organisation not on the tenant list is refused with VALIDATION.UNKNOWN_UNION_ORGANISATION', () => {
    const entries = [
      ...attendees,
      {
        ...attendees[4]!,
        person: { personId: 'p-v', name: 'Vera Vård' },
        party: { side: 'union' as const, organisation: 'Vårdförbundet' },
      },
    ];
    spec.given(prepared).when(record(entries)).thenThrows('VALIDATION.UNKNOWN_UNION_ORGANISATION');
  });

  it('an unknown presence is refused with VALIDATION.INVALID_VALUE', () => {
    spec
      .given(prepared)
      .when(record([{ ...attendees[2]!, presence: 'maybe' as never }]))
      .thenThrows('VALIDATION.INVALID_VALUE');
  });

  it('changing attendance so that a justerare is no longer present is refused with MEETING.JUSTERARE_NOT_PRESENT', () => {
    const entries = attendees.map((entry): AttendanceEntry =>
      entry.person === people.ssrRep ? { ...entry, presence: 'absent' } : entry,
    );
    spec.given(running).when(record(entries)).thenThrows('MEETING.JUSTERARE_NOT_PRESENT');
  });

  it('recording attendance on a closed meeting is refused with MEETING.CLOSED', () => {
    spec.given(closedMeeting).when(record(attendees)).thenThrows('MEETING.CLOSED');
  });
});

describe('meeting: justerare', () => {
  const withAttendance = [...prepared, attendanceRecorded];

  it('one justerare for the employer and one for a union, each with the party they justera for', () => {
    spec
      .given(withAttendance)
      .when(appoint(justerare))
      .then([{ type: 'JusterareAppointed', data: { meetingId, justerare, at: later } }]);
  });

  it('more than one union justerare may be appointed', () => {
    const three = [...justerare, { person: people.visionRep, party: vision }];
    spec
      .given(withAttendance)
      .when(appoint(three))
      .then([{ type: 'JusterareAppointed', data: { meetingId, justerare: three, at: later } }]);
  });

  it('appointing the same justerare again records nothing', () => {
    spec
      .given([...withAttendance, justerareAppointed])
      .when(appoint(justerare))
      .then([]);
  });

  it('appointing justerare before attendance is recorded is refused with MEETING.ATTENDANCE_NOT_RECORDED', () => {
    spec.given(prepared).when(appoint(justerare)).thenThrows('MEETING.ATTENDANCE_NOT_RECORDED');
  });

  it('no employer justerare is refused with MEETING.EMPLOYER_JUSTERARE_REQUIRED', () => {
    spec
      .given(withAttendance)
      .when(appoint([{ person: people.ssrRep, party: ssr }]))
      .thenThrows('MEETING.EMPLOYER_JUSTERARE_REQUIRED');
  });

  it('two employer justerare is refused with MEETING.EMPLOYER_JUSTERARE_REQUIRED', () => {
    spec
      .given(withAttendance)
      .when(appoint([...justerare, { person: people.secretary, party: employer }]))
      .thenThrows('MEETING.EMPLOYER_JUSTERARE_REQUIRED');
  });

  it('no union justerare is refused with MEETING.UNION_JUSTERARE_REQUIRED', () => {
    spec
      .given(withAttendance)
      .when(appoint([justerare[0]!]))
      .thenThrows('MEETING.UNION_JUSTERARE_REQUIRED');
  });

  it('the same person twice is refused with MEETING.DUPLICATE_JUSTERARE', () => {
    spec
      .given(withAttendance)
      .when(appoint([...justerare, justerare[1]!]))
      .thenThrows('MEETING.DUPLICATE_JUSTERARE');
  });

  it('an absent person is refused with MEETING.JUSTERARE_NOT_PRESENT', () => {
    spec
      .given(withAttendance)
      .when(appoint([justerare[0]!, { person: people.kommunalRep, party: kommunal }]))
      .thenThrows('MEETING.JUSTERARE_NOT_PRESENT');
  });

  it('justera-ing for another organisation than one attends for is refused with MEETING.JUSTERARE_PARTY_MISMATCH', () => {
    spec
      .given(withAttendance)
      .when(appoint([justerare[0]!, { person: people.ssrRep, party: vision }]))
      .thenThrows('MEETING.JUSTERARE_PARTY_MISMATCH');
  });

  it('appointing justerare on a closed meeting is refused with MEETING.CLOSED', () => {
    spec.given(closedMeeting).when(appoint(justerare)).thenThrows('MEETING.CLOSED');
  });
});
