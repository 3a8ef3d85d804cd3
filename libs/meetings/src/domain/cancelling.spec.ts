import { DomainError, foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { MeetingCommand, MeetingCommandType } from './commands.js';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  agenda,
  attendanceRecorded,
  attendees,
  closedMeeting,
  command,
  employer,
  informationRecorded,
  item,
  justerare,
  later,
  meetingId,
  people,
  prepared,
  scheduled,
  ssr,
} from './meeting.fixtures.js';
import { protocolStatus } from './queries.js';

const spec = deciderSpecification(meetingDecider);

const reason = 'Mötet ställs in: förvaltningschefen är sjuk, och årets löneöversyn är ännu inte klar.';
const cancel = (why = reason) => command('CancelMeeting', { reason: why });
const cancelled: MeetingEvent = { type: 'MeetingCancelled', data: { meetingId, reason, at: later } };
const cancelledMeeting = [...prepared, cancelled];

describe('meeting: cancelling', () => {
  it('cancelling records the reason (å ä ö kept); the meeting keeps its protocol number and has no protocol', () => {
    spec.given(prepared).when(cancel()).then([cancelled]);
    const state = foldEvents(meetingDecider, cancelledMeeting);
    expect(state).toMatchObject({
      status: 'cancelled',
      cancellation: { reason, at: later },
      protocolNumber: { number: 2, year: 2019 },
      agenda,
    });
    expect(protocolStatus(state)).toBe('no protocol');
  });

  it('the reason is trimmed', () => {
    spec
      .given(prepared)
      .when(cancel(`  ${reason}\n`))
      .then([cancelled]);
  });

  it('a meeting whose kallelse went out and whose attendance is noted can still be cancelled', () => {
    const kallelse: MeetingEvent = {
      type: 'KallelseIssued',
      data: { meetingId, agendaVersion: 1, recipients: [people.ssrRep], at: later },
    };
    spec
      .given([...prepared, kallelse, attendanceRecorded])
      .when(cancel())
      .then([cancelled]);
  });

  it('an item marked confidential while preparing does not make the meeting under way', () => {
    const marked: MeetingEvent = {
      type: 'ItemMarkedConfidential',
      data: { meetingId, itemId: 'i-info', reason: 'Rör en enskild medarbetare.', at: later },
    };
    spec
      .given([...prepared, marked])
      .when(cancel())
      .then([cancelled]);
  });

  it('cancelling twice records nothing, whatever the second reason', () => {
    spec.given(cancelledMeeting).when(cancel()).then([]);
    spec.given(cancelledMeeting).when(cancel('Ett annat skäl.')).then([]);
  });

  it('an empty reason is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec.given(prepared).when(cancel(' \n ')).thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('a meeting with something recorded on an item is under way: refused with MEETING.UNDER_WAY, naming the items', () => {
    const given = [...prepared, attendanceRecorded, informationRecorded];
    spec.given(given).when(cancel()).thenThrows('MEETING.UNDER_WAY');
    let error: DomainError | undefined;
    try {
      meetingDecider.decide(cancel(), foldEvents(meetingDecider, given));
    } catch (caught) {
      error = caught as DomainError;
    }
    expect(error?.details).toEqual({ itemIds: ['i-info'] });
  });

  it('an unscheduled meeting is refused with MEETING.NOT_SCHEDULED', () => {
    spec.given([]).when(cancel()).thenThrows('MEETING.NOT_SCHEDULED');
  });

  it('a closed meeting is refused with MEETING.CLOSED', () => {
    spec.given(closedMeeting).when(cancel()).thenThrows('MEETING.CLOSED');
  });
});

describe('meeting: nothing more is recorded on a cancelled meeting', () => {
  const statement = { party: ssr, text: 'SSR vill få antecknat.' };
  // Keyed by type, so a new meeting command does not compile here until someone decides about it.
  const commands: Record<Exclude<MeetingCommandType, 'ScheduleMeeting' | 'CancelMeeting'>, MeetingCommand> = {
    RescheduleMeeting: command('RescheduleMeeting', {
      startsAt: '2019-03-04T08:00:00Z',
      endsAt: '2019-03-04T10:00:00Z',
      place: 'Sammanträdesrum Vättern',
    }),
    SetAgenda: command('SetAgenda', { items: agenda }),
    ProposeAgendaItem: command('ProposeAgendaItem', {
      item: item('i-ny', 'Schemaläggning', 'dialog', ssr),
      proposedBy: people.ssrRep,
    }),
    AddOvrigFraga: command('AddOvrigFraga', {
      item: { itemId: 'i-övr', title: 'Parkeringen', proposer: employer },
    }),
    IssueKallelse: command('IssueKallelse', { recipients: [people.ssrRep] }),
    RecordAttendance: command('RecordAttendance', { attendees }),
    AppointJusterare: command('AppointJusterare', { justerare }),
    RecordInformation: command('RecordInformation', { itemId: 'i-info', text: 'Information.' }),
    RecordDialog: command('RecordDialog', { itemId: 'i-dialog', text: 'Dialog.' }),
    EscalateItem: command('EscalateItem', {
      itemId: 'i-dialog',
      to: { kind: 'mbl-negotiation' },
      group: { groupId: 'g-1', name: 'FSG', levels: ['FSG'] },
    }),
    RecordDecision: command('RecordDecision', { itemId: 'i-beslut', text: 'Beslut.', outcome: 'enighet' }),
    AddProtokollsanteckning: command('AddProtokollsanteckning', { itemId: 'i-beslut', ...statement }),
    AssignFollowUpDate: command('AssignFollowUpDate', {
      itemId: 'i-dialog',
      followUpId: 'f-1',
      action: 'Återkom',
      responsible: people.secretary,
      dueDate: '2019-04-29',
    }),
    DeferItem: command('DeferItem', { itemId: 'i-dialog', reason: 'Flyttas.' }),
    MarkItemConfidential: command('MarkItemConfidential', {
      itemId: 'i-info',
      reason: 'Enskild medarbetare.',
    }),
    CloseMeeting: command('CloseMeeting', {}),
    ReviseProtocol: command('ReviseProtocol', {
      revisedBy: people.secretary,
      reason: 'Rättelse.',
      corrections: [],
    }),
    CorrectProtocol: command('CorrectProtocol', {
      correctedBy: people.secretary,
      reason: 'Rättelse.',
      corrections: [],
    }),
    JusteraProtocol: command('JusteraProtocol', {
      justerarePersonId: people.ssrRep.personId,
      party: ssr,
      revision: 1,
      textHash: 'sha256:x',
      currentTextHash: 'sha256:x',
    }),
    DeclineJustering: command('DeclineJustering', {
      justerarePersonId: people.ssrRep.personId,
      party: ssr,
      revision: 1,
      comment: 'Fel.',
    }),
    RequestJustering: command('RequestJustering', { requestedBy: people.secretary, defaultDays: 7 }),
    ProposeProtocolChange: command('ProposeProtocolChange', {
      justerarePersonId: people.ssrRep.personId,
      party: ssr,
      revision: 1,
      itemId: 'i-info',
      comment: 'Fel.',
    }),
    AnswerProtocolChangeProposal: command('AnswerProtocolChangeProposal', {
      proposalId: '1',
      answer: 'rejected',
      answeredBy: people.secretary,
      reason: 'Nej.',
    }),
  };

  it.each(Object.entries(commands))('%s is refused with MEETING.CANCELLED', (_type, refused) => {
    spec.given(cancelledMeeting).when(refused).thenThrows('MEETING.CANCELLED');
  });

  it('the refusal says why the meeting was cancelled', () => {
    const state = foldEvents(meetingDecider, cancelledMeeting);
    expect(() => meetingDecider.decide(command('CloseMeeting', {}), state)).toThrow(
      expect.objectContaining({ code: 'MEETING.CANCELLED', details: { reason } }) as Error,
    );
  });

  it('scheduling it again is refused with MEETING.ALREADY_SCHEDULED: the id stays the cancelled meeting’s', () => {
    spec
      .given(cancelledMeeting)
      .when({ type: 'ScheduleMeeting', data: scheduled.data } as MeetingCommand)
      .thenThrows('MEETING.ALREADY_SCHEDULED');
  });
});
