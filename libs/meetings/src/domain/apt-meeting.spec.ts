import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { MeetingCommand } from './commands.js';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  agendaSet,
  closed,
  command,
  decisionRecorded,
  dialogRecorded,
  employer,
  informationRecorded,
  justerad,
  justerat,
  later,
  meetingId,
  scheduled,
  vision,
} from './meeting.fixtures.js';
import type { AttendanceEntry } from './participants.js';
import { isJusterat, isPublishedRevision } from './queries.js';

/** An APT of Hemtjänst Norr: the manager for the employer, two medarbetare without a party. */
const spec = deciderSpecification(meetingDecider);
const chef = { personId: 'p-asa', name: 'Åsa Chef' };
const eva = { personId: 'p-eva', name: 'Eva Ödman' };
const goran = { personId: 'p-goran', name: 'Göran Ärlig' };

const aptScheduled = (justering: 'off' | 'employer'): MeetingEvent => ({
  type: 'MeetingScheduled',
  data: { ...(scheduled.data as object), rules: { formalParties: false, justering } } as never,
});
const aptAttendees: AttendanceEntry[] = [
  { person: chef, party: employer, role: 'ordförande', presence: 'present' },
  { person: eva, role: 'ledamot', presence: 'present' },
  { person: goran, role: 'ledamot', presence: 'absent' },
];
const aptAttendance: MeetingEvent = {
  type: 'AttendanceRecorded',
  data: { meetingId, attendees: aptAttendees, at: later },
};
const handledItems = [informationRecorded, dialogRecorded, decisionRecorded];
const close = command('CloseMeeting', {});
const appoint = (
  justerare: { person: typeof chef; party: typeof employer | typeof vision }[],
): MeetingCommand => command('AppointJusterare', { justerare });
const employerJusterareAppointed: MeetingEvent = {
  type: 'JusterareAppointed',
  data: { meetingId, justerare: [{ person: chef, party: employer }], at: later },
};

describe('APT: a meeting without formal parties', () => {
  it('scheduling under the group’s APT rules records them on the meeting', () => {
    const schedule = command('ScheduleMeeting', {
      ...(scheduled.data as object),
      rules: { formalParties: false, justering: 'off' },
    } as never);
    spec
      .given([])
      .when({ ...schedule, data: { ...schedule.data, at: scheduled.data.at } } as MeetingCommand)
      .then([aptScheduled('off')]);
  });

  it('scheduling under the formal rules records the meeting as before, without rules', () => {
    const schedule = command('ScheduleMeeting', {
      ...(scheduled.data as object),
      rules: { formalParties: true, justering: 'parties' },
    } as never);
    spec
      .given([])
      .when({ ...schedule, data: { ...schedule.data, at: scheduled.data.at } } as MeetingCommand)
      .then([scheduled]);
  });

  it('medarbetare are recorded present or absent without a party', () => {
    spec
      .given([aptScheduled('off'), agendaSet])
      .when(command('RecordAttendance', { attendees: aptAttendees }))
      .then([aptAttendance]);
  });

  it('an attendee for a union organisation is refused with MEETING.NO_FORMAL_PARTIES', () => {
    spec
      .given([aptScheduled('off'), agendaSet])
      .when(
        command('RecordAttendance', {
          attendees: [
            ...aptAttendees,
            {
              person: { personId: 'p-x', name: 'Xerxes' },
              party: vision,
              role: 'ledamot',
              presence: 'present',
            },
          ],
        }),
      )
      .thenThrows('MEETING.NO_FORMAL_PARTIES');
  });

  it('at a samverkan meeting an attendee without a party is refused with MEETING.ATTENDEE_PARTY_REQUIRED', () => {
    spec
      .given([scheduled, agendaSet])
      .when(command('RecordAttendance', { attendees: aptAttendees }))
      .thenThrows('MEETING.ATTENDEE_PARTY_REQUIRED');
  });
});

describe('APT without justering (the level’s default)', () => {
  const held = [aptScheduled('off'), agendaSet, aptAttendance, ...handledItems];

  it('closes without justerare, and the notes are published as they close', () => {
    spec.given(held).when(close).then([closed]);
    const state = foldEvents(meetingDecider, [...held, closed]);
    expect(state.publishedRevision).toBe(1);
    expect(isJusterat(state)).toBe(false);
  });

  it('appointing justerare is refused with MEETING.JUSTERING_OFF', () => {
    spec
      .given(held)
      .when(appoint([{ person: chef, party: employer }]))
      .thenThrows('MEETING.JUSTERING_OFF');
  });

  it('a revision of the notes is published when it is made', () => {
    const revised: MeetingEvent = {
      type: 'ProtocolRevised',
      data: {
        meetingId,
        revision: 2,
        revisedBy: chef,
        reason: 'Stavfel',
        corrections: [{ itemId: 'i-info', record: 'information', text: 'Rättad text.' }],
        at: later,
      },
    };
    expect(foldEvents(meetingDecider, [...held, closed, revised]).publishedRevision).toBe(2);
  });

  it('before closing nothing is published', () => {
    expect(foldEvents(meetingDecider, held).publishedRevision).toBeUndefined();
  });
});

describe('APT with justering by the employer', () => {
  const held = [aptScheduled('employer'), agendaSet, aptAttendance, ...handledItems];

  it('the manager is appointed the one justerare, for the employer', () => {
    spec
      .given(held)
      .when(appoint([{ person: chef, party: employer }]))
      .then([employerJusterareAppointed]);
  });

  it('a justerare for a union organisation is refused with MEETING.EMPLOYER_JUSTERING_ONLY', () => {
    spec
      .given(held)
      .when(
        appoint([
          { person: chef, party: employer },
          { person: eva, party: vision },
        ]),
      )
      .thenThrows('MEETING.EMPLOYER_JUSTERING_ONLY');
  });

  it('no justerare for the employer is refused with MEETING.EMPLOYER_JUSTERARE_REQUIRED', () => {
    spec.given(held).when(appoint([])).thenThrows('MEETING.EMPLOYER_JUSTERARE_REQUIRED');
  });

  it('closing without the justerare is refused with MEETING.NO_JUSTERARE', () => {
    spec.given(held).when(close).thenThrows('MEETING.NO_JUSTERARE');
  });

  it('closed, the notes are published only once the manager has justerat them', () => {
    const closedApt = [...held, employerJusterareAppointed, closed];
    expect(foldEvents(meetingDecider, closedApt).publishedRevision).toBeUndefined();
    spec
      .given(closedApt)
      .when(
        command('JusteraProtocol', {
          justerarePersonId: 'p-asa',
          party: employer,
          revision: 1,
          textHash: 'sha256:rev1',
          currentTextHash: 'sha256:rev1',
        }),
      )
      .then([justerad(chef, employer), justerat()]);
    expect(
      foldEvents(meetingDecider, [...closedApt, justerad(chef, employer), justerat()]).publishedRevision,
    ).toBe(1);
  });
});

describe('a samverkan meeting keeps today’s rules', () => {
  it('a justerat protocol is published at the revision justerad', () => {
    const state = foldEvents(meetingDecider, [scheduled, closed, justerat()]);
    expect(state.publishedRevision).toBe(1);
    expect(state.rules).toEqual({ formalParties: true, justering: 'parties' });
  });
});

describe('which revisions are published', () => {
  const change = {
    reason: 'Stavfel',
    corrections: [{ itemId: 'i-info', record: 'information' as const, text: 'Rättad text.' }],
  };
  const revised = (revision: number, kind: 'ProtocolRevised' | 'ProtocolCorrected'): MeetingEvent =>
    kind === 'ProtocolRevised'
      ? { type: kind, data: { meetingId, revision, revisedBy: chef, ...change, at: later } }
      : { type: kind, data: { meetingId, revision, correctedBy: chef, ...change, at: later } };
  const published = (events: MeetingEvent[]) => {
    const state = foldEvents(meetingDecider, events);
    return [0, 1, 2, 3].filter((revision) => isPublishedRevision(state, revision));
  };

  it('without justering: every revision since closing, never the draft', () => {
    const held = [aptScheduled('off'), agendaSet, aptAttendance, ...handledItems];
    expect(published(held)).toEqual([]);
    expect(published([...held, closed, revised(2, 'ProtocolRevised')])).toEqual([1, 2]);
  });

  it('with justering: the justerade revisions only, not a rättelse that waits for its justering', () => {
    const held = [
      aptScheduled('employer'),
      agendaSet,
      aptAttendance,
      ...handledItems,
      employerJusterareAppointed,
    ];
    const justeradApt = [...held, closed, justerad(chef, employer), justerat()];
    expect(published([...held, closed])).toEqual([]);
    expect(published(justeradApt)).toEqual([1]);
    expect(published([...justeradApt, revised(2, 'ProtocolCorrected')])).toEqual([1]);
    const state = foldEvents(meetingDecider, [...justeradApt, revised(2, 'ProtocolCorrected')]);
    expect(state.publishedRevision).toBe(1);
  });
});
