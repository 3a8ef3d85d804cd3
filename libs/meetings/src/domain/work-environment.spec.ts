import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  agenda,
  attendanceRecorded,
  attendees,
  at,
  closed,
  command,
  decisionRecorded,
  dialogRecorded,
  informationRecorded,
  justerareAppointed,
  later,
  meetingId,
  scheduled,
  vision,
} from './meeting.fixtures.js';
import { safetyRepresentativeRemarks, topicItems } from './work-environment.js';

const spec = deciderSpecification(meetingDecider);

/** The fixtures' agenda with its information item tagged as the yearly SAM follow-up. */
const taggedAgenda = agenda.map((item) =>
  item.itemId === 'i-info' ? { ...item, workEnvironmentTopic: 'arlig-uppfoljning-sam' as const } : item,
);
const taggedAgendaSet: MeetingEvent = {
  type: 'AgendaSet',
  data: { meetingId, version: 1, items: taggedAgenda, at },
};
const skyddsombud = { personId: 'p-ylva', name: 'Ylva Ödqvist' };
const withSkyddsombud = (role: 'skyddsombud' | 'huvudskyddsombud'): MeetingEvent => ({
  type: 'AttendanceRecorded',
  data: {
    meetingId,
    attendees: [...attendees, { person: skyddsombud, party: vision, role, presence: 'present' }],
    at,
  },
});
const recorded = [informationRecorded, dialogRecorded, decisionRecorded];
const closedWith = (attendance: MeetingEvent, extra: MeetingEvent[] = recorded) =>
  foldEvents(meetingDecider, [scheduled, taggedAgendaSet, attendance, justerareAppointed, ...extra, closed]);

describe('meeting: AML 6:9 topics on agenda items', () => {
  it('given a scheduled meeting, when the agenda is set with a topic on an item, then the item carries it', () => {
    const items = taggedAgenda.map(({ itemId, title, kind, proposer, workEnvironmentTopic }) => ({
      itemId,
      title,
      kind,
      proposer,
      ...(workEnvironmentTopic ? { workEnvironmentTopic } : {}),
    }));
    spec
      .given([scheduled])
      .when(command('SetAgenda', { items, removals: [] }, at))
      .then([taggedAgendaSet]);
  });

  it('given a scheduled meeting, when an item names a topic not in AML 6:9 list, then it is refused and nothing recorded', () => {
    const items = [{ ...agenda[0], workEnvironmentTopic: 'kaffe' as never }];
    spec
      .given([scheduled])
      .when(command('SetAgenda', { items, removals: [] }, at))
      .thenThrows('VALIDATION.INVALID_VALUE');
  });

  it('given an agenda set before topics existed, then its items have none and no topic item is listed', () => {
    const state = foldEvents(meetingDecider, [
      scheduled,
      { type: 'AgendaSet', data: { meetingId, version: 1, items: agenda, at } },
    ]);
    expect(state.agenda.every((item) => item.workEnvironmentTopic === undefined)).toBe(true);
    expect(topicItems(state)).toEqual([]);
  });

  it('a topic item is handled once recorded and not deferred, with its § after closing', () => {
    expect(topicItems(closedWith(attendanceRecorded))).toEqual([
      { itemId: 'i-info', topic: 'arlig-uppfoljning-sam', handled: true, paragraph: 4 },
    ]);
    const deferred: MeetingEvent = {
      type: 'ItemDeferred',
      data: { meetingId, itemId: 'i-info', reason: 'Underlaget saknas.', at: later },
    };
    expect(
      topicItems(closedWith(attendanceRecorded, [deferred, dialogRecorded, decisionRecorded])),
    ).toMatchObject([{ itemId: 'i-info', handled: false }]);
  });
});

describe('meeting: a skyddsombud present when AML 6:9 questions are handled', () => {
  it('given a topic item handled with no skyddsombud present, when closed, then the protocol carries SKYDDSOMBUD_ABSENT naming the §', () => {
    spec
      .given([scheduled, taggedAgendaSet, attendanceRecorded, justerareAppointed, ...recorded])
      .when(command('CloseMeeting', {}))
      .then([closed]);
    expect(safetyRepresentativeRemarks(closedWith(attendanceRecorded))).toEqual([
      {
        code: 'SKYDDSOMBUD_ABSENT',
        text:
          'Inget skyddsombud var närvarande när arbetsmiljöfrågor enligt AML 6 kap. 9 § behandlades (§ 4). ' +
          'Minst ett skyddsombud ska delta när gruppen är skyddskommitté.',
        itemIds: ['i-info'],
      },
    ]);
  });

  it('a skyddsombud or a huvudskyddsombud present: no remark', () => {
    expect(safetyRepresentativeRemarks(closedWith(withSkyddsombud('skyddsombud')))).toEqual([]);
    expect(safetyRepresentativeRemarks(closedWith(withSkyddsombud('huvudskyddsombud')))).toEqual([]);
  });

  it('an ersättare standing in for an absent skyddsombud counts as present', () => {
    const substitute = { personId: 'p-ulf', name: 'Ulf Åkesson' };
    const attendance: MeetingEvent = {
      type: 'AttendanceRecorded',
      data: {
        meetingId,
        attendees: [
          ...attendees,
          { person: skyddsombud, party: vision, role: 'skyddsombud', presence: 'absent' },
          { person: substitute, party: vision, role: 'ersättare', presence: 'present', replaces: 'p-ylva' },
        ],
        at,
      },
    };
    expect(safetyRepresentativeRemarks(closedWith(attendance))).toEqual([]);
  });

  it('no remark before closing, nor when the topic item was deferred, nor without topic items', () => {
    const open = foldEvents(meetingDecider, [scheduled, taggedAgendaSet, attendanceRecorded, ...recorded]);
    expect(safetyRepresentativeRemarks(open)).toEqual([]);
    const deferred: MeetingEvent = {
      type: 'ItemDeferred',
      data: { meetingId, itemId: 'i-info', reason: 'Underlaget saknas.', at: later },
    };
    expect(
      safetyRepresentativeRemarks(
        closedWith(attendanceRecorded, [deferred, dialogRecorded, decisionRecorded]),
      ),
    ).toEqual([]);
    const untagged = foldEvents(meetingDecider, [
      scheduled,
      { type: 'AgendaSet', data: { meetingId, version: 1, items: agenda, at } },
      attendanceRecorded,
      justerareAppointed,
      ...recorded,
      closed,
    ]);
    expect(safetyRepresentativeRemarks(untagged)).toEqual([]);
  });
});
