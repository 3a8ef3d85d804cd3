import { deciderSpecification } from '#libs/testing';
import type { EscalationInput } from './escalation.js';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  at,
  closedMeeting,
  command,
  decisionRecorded,
  dialogRecorded,
  informationRecorded,
  justerareAppointed,
  later,
  meetingId,
  running,
} from './meeting.fixtures.js';
import { openItems, undecidedItems } from './queries.js';
import { foldEvents } from '#libs/ddd';

const spec = deciderSpecification(meetingDecider);

const apt = { groupId: 'group-apt', name: 'APT Hemtjänst Norr', levels: ['APT'], parentGroupId: 'group-vsg' };
const vsg = { groupId: 'group-vsg', name: 'VSG Hemtjänst', levels: ['VSG'] };
const toVsg = { kind: 'parent-group' as const, groupId: 'group-vsg' };
const escalation = (input: Partial<EscalationInput> = {}, itemId = 'i-dialog') =>
  command('EscalateItem', { itemId, to: toVsg, group: apt, parent: vsg, ...input });

const escalatedToVsg: MeetingEvent = {
  type: 'ItemEscalated',
  data: {
    meetingId,
    itemId: 'i-dialog',
    to: { kind: 'parent-group', ...vsg },
    question: 'Kan bemanningen i helgerna ses över?',
    from: { groupId: apt.groupId, name: apt.name, levels: apt.levels },
    at: later,
  },
};

describe('meeting: an item escalated to the parent group', () => {
  it('is recorded with where it went, the question and the group it came from', () => {
    spec
      .given(running)
      .when(escalation({ question: ' Kan bemanningen i helgerna ses över? ' }))
      .then([escalatedToVsg]);
  });

  it('after a dialog on it, it is still escalated (the APT discussed, the VSG decides)', () => {
    spec
      .given([...running, dialogRecorded])
      .when(escalation({ question: 'Kan bemanningen i helgerna ses över?' }))
      .then([escalatedToVsg]);
  });

  it('the same escalation again records nothing', () => {
    spec
      .given([...running, escalatedToVsg])
      .when(escalation({ question: 'Kan bemanningen i helgerna ses över?' }))
      .then([]);
  });

  it('another escalation of the same item is refused with MEETING.ITEM_ALREADY_ESCALATED', () => {
    spec
      .given([...running, escalatedToVsg])
      .when(escalation({ to: { kind: 'mbl-negotiation' } }))
      .thenThrows('MEETING.ITEM_ALREADY_ESCALATED');
  });

  it('to a group that is not the parent is refused with MEETING.ESCALATION_NOT_TO_PARENT', () => {
    spec
      .given(running)
      .when(escalation({ to: { kind: 'parent-group', groupId: 'group-csg' } }))
      .thenThrows('MEETING.ESCALATION_NOT_TO_PARENT');
  });

  it('from a group without a parent (a CSG) is refused with MEETING.ESCALATION_NOT_TO_PARENT', () => {
    const csg = { groupId: 'group-csg', name: 'CSG', levels: ['CSG'] };
    spec
      .given(running)
      .when(escalation({ group: csg, parent: undefined }))
      .thenThrows('MEETING.ESCALATION_NOT_TO_PARENT');
  });

  it('an item not on the agenda is refused with MEETING.ITEM_NOT_ON_AGENDA', () => {
    spec.given(running).when(escalation({}, 'i-okänd')).thenThrows('MEETING.ITEM_NOT_ON_AGENDA');
  });

  it('a deferred item is refused with MEETING.ITEM_DEFERRED', () => {
    const deferred: MeetingEvent = {
      type: 'ItemDeferred',
      data: { meetingId, itemId: 'i-dialog', reason: 'Underlag saknas.', at },
    };
    spec
      .given([...running, deferred])
      .when(escalation())
      .thenThrows('MEETING.ITEM_DEFERRED');
  });

  it('a decided item is refused with MEETING.ITEM_ALREADY_DECIDED', () => {
    spec
      .given([...running, decisionRecorded])
      .when(escalation({}, 'i-beslut'))
      .thenThrows('MEETING.ITEM_ALREADY_DECIDED');
  });

  it('on a closed meeting is refused with MEETING.CLOSED', () => {
    spec.given(closedMeeting).when(escalation()).thenThrows('MEETING.CLOSED');
  });

  it('an empty question is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(running)
      .when(escalation({ question: '  ' }))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('an escalated item is handled: it neither stops the close nor can be deferred or decided here', () => {
    const state = foldEvents(meetingDecider, [...running, informationRecorded, escalatedToVsg]);
    expect(openItems(state).map(({ itemId }) => itemId)).toEqual(['i-beslut']);
    spec
      .given([...running, escalatedToVsg])
      .when(command('DeferItem', { itemId: 'i-dialog', reason: 'Vi väntar.' }))
      .thenThrows('MEETING.ITEM_ESCALATED');
    spec
      .given([...running, escalatedToVsg])
      .when(command('RecordDecision', { itemId: 'i-dialog', text: 'Beslut.', outcome: 'enighet' }))
      .thenThrows('MEETING.ITEM_ESCALATED');
  });
});

describe('meeting: an item handed to an MBL negotiation', () => {
  const toMbl: MeetingEvent = {
    type: 'ItemEscalated',
    data: {
      meetingId,
      itemId: 'i-beslut',
      to: { kind: 'mbl-negotiation' },
      from: { groupId: apt.groupId, name: apt.name, levels: apt.levels },
      negotiation: 'pending',
      at: later,
    },
  };

  it('is recorded with the negotiation pending', () => {
    spec
      .given(running)
      .when(escalation({ to: { kind: 'mbl-negotiation' } }, 'i-beslut'))
      .then([toMbl]);
  });

  it('also from a group without a parent', () => {
    const group = { ...apt, parentGroupId: undefined };
    spec
      .given(running)
      .when(escalation({ to: { kind: 'mbl-negotiation' }, group, parent: undefined }, 'i-beslut'))
      .then([toMbl]);
  });

  it('blocks the decision: recording one is refused with MEETING.DECISION_BLOCKED_BY_NEGOTIATION', () => {
    spec
      .given([...running, toMbl])
      .when(command('RecordDecision', { itemId: 'i-beslut', text: 'Beslut.', outcome: 'enighet' }))
      .thenThrows('MEETING.DECISION_BLOCKED_BY_NEGOTIATION');
  });

  it('a beslut item waiting for the negotiation does not stop the meeting from closing', () => {
    const state = foldEvents(meetingDecider, [...running, justerareAppointed, toMbl]);
    expect(undecidedItems(state)).toEqual([]);
  });
});
