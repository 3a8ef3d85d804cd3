import { DomainError, foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { MeetingCommand } from './commands.js';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  agenda,
  agendaSet,
  attendanceRecorded,
  attendees,
  closed,
  closedMeeting,
  command,
  decisionRecorded,
  dialogRecorded,
  handled,
  informationRecorded,
  justerare,
  justeratMeeting,
  later,
  meetingId,
  people,
  running,
  scheduled,
  vision,
} from './meeting.fixtures.js';
import { isJusterat, latestRevision } from './queries.js';

const spec = deciderSpecification(meetingDecider);
const close = command('CloseMeeting', {});

describe('meeting: closing', () => {
  it('closing a meeting with every item handled fixes § numbers from § 4 and makes revision 1', () => {
    spec.given(handled).when(close).then([closed]);
    const state = foldEvents(meetingDecider, closedMeeting);
    expect(state).toMatchObject({
      status: 'closed',
      closedAt: later,
      paragraphs: { 'i-info': 4, 'i-dialog': 5, 'i-beslut': 6 },
    });
    expect(latestRevision(state)).toBe(1);
    expect(isJusterat(state)).toBe(false);
  });

  it('a deferred item counts as done', () => {
    const deferred: MeetingEvent = {
      type: 'ItemDeferred',
      data: { meetingId, itemId: 'i-dialog', reason: 'Kommunal saknas.', at: later },
    };
    spec
      .given([...running, informationRecorded, deferred, decisionRecorded])
      .when(close)
      .then([closed]);
  });

  it('closing twice records nothing', () => {
    spec.given(closedMeeting).when(close).then([]);
  });

  it('closing with items neither handled nor deferred is refused with MEETING.OPEN_ITEMS, listing them', () => {
    spec
      .given([...running, informationRecorded])
      .when(close)
      .thenThrows('MEETING.OPEN_ITEMS');
    const state = foldEvents(meetingDecider, [...running, informationRecorded]);
    let error: DomainError | undefined;
    try {
      meetingDecider.decide(close, state);
    } catch (caught) {
      error = caught as DomainError;
    }
    expect(error?.details).toEqual({
      openItems: [
        { itemId: 'i-dialog', title: 'Uppföljning av avslutningssamtalen' },
        { itemId: 'i-beslut', title: 'Webbenkät årlig uppföljning – samverkan' },
      ],
    });
    expect(error?.message).toContain('Uppföljning av avslutningssamtalen');
  });

  it('an övrig fråga added during the meeting must be handled too', () => {
    const fraga: MeetingEvent = {
      type: 'OvrigFragaAdded',
      data: {
        meetingId,
        version: 2,
        item: { itemId: 'i-övr', title: 'Parkeringen', kind: 'övrig fråga', proposer: vision },
        at: later,
      },
    };
    spec
      .given([...handled, fraga])
      .when(close)
      .thenThrows('MEETING.OPEN_ITEMS');
  });

  it('closing a meeting with an empty agenda is refused with MEETING.EMPTY_AGENDA', () => {
    spec.given([scheduled, attendanceRecorded]).when(close).thenThrows('MEETING.EMPTY_AGENDA');
  });

  it('closing without attendance is refused with MEETING.ATTENDANCE_NOT_RECORDED', () => {
    spec
      .given([scheduled, agendaSet, informationRecorded, dialogRecorded, decisionRecorded])
      .when(close)
      .thenThrows('MEETING.ATTENDANCE_NOT_RECORDED');
  });

  it('closing without justerare is refused with MEETING.NO_JUSTERARE', () => {
    spec
      .given([
        scheduled,
        agendaSet,
        attendanceRecorded,
        informationRecorded,
        dialogRecorded,
        decisionRecorded,
      ])
      .when(close)
      .thenThrows('MEETING.NO_JUSTERARE');
  });

  it('closing before the meeting starts is refused with MEETING.CLOSED_BEFORE_START', () => {
    spec
      .given(handled)
      .when(command('CloseMeeting', {}, '2019-02-25T07:59:00Z'))
      .thenThrows('MEETING.CLOSED_BEFORE_START');
  });
});

// A protokollsanteckning may still be added until justering: see protocol-rules.spec.ts.
describe('meeting: nothing is recorded on a closed meeting except revision, justering and protokollsanteckningar', () => {
  const recordingCommands: MeetingCommand[] = [
    command('SetAgenda', { items: agenda }),
    command('IssueKallelse', { recipients: [people.ssrRep] }),
    command('RecordAttendance', { attendees }),
    command('AppointJusterare', { justerare }),
    command('RecordInformation', { itemId: 'i-info', text: 'Tillägg.' }),
    command('RecordDialog', { itemId: 'i-dialog', text: 'Tillägg.' }),
    command('RecordDecision', { itemId: 'i-beslut', text: 'Nytt beslut.', outcome: 'enighet' }),
    command('AssignFollowUpDate', {
      itemId: 'i-dialog',
      followUpId: 'fu-x',
      action: 'Åtgärd',
      responsible: people.secretary,
      dueDate: '2019-05-01',
    }),
    command('DeferItem', { itemId: 'i-dialog', reason: 'Sent.' }),
    command('AddOvrigFraga', { item: { itemId: 'i-övr', title: 'Sent', proposer: vision } }),
    command('MarkItemConfidential', { itemId: 'i-info', reason: 'Sekretess' }),
  ];

  it.each(recordingCommands.map((recording) => [recording.type, recording] as const))(
    '%s on a closed meeting is refused with MEETING.CLOSED',
    (_type, recording) => {
      spec.given(closedMeeting).when(recording).thenThrows('MEETING.CLOSED');
    },
  );

  it.each(recordingCommands.map((recording) => [recording.type, recording] as const))(
    '%s on a justerat meeting is refused with MEETING.CLOSED',
    (_type, recording) => {
      spec.given(justeratMeeting).when(recording).thenThrows('MEETING.CLOSED');
    },
  );
});
