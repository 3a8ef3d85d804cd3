import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { MeetingEvent, TextCorrection } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  closedMeeting,
  command,
  handled,
  justeratMeeting,
  later,
  meetingId,
  people,
} from './meeting.fixtures.js';
import { isJusterat, latestRevision, recordsOf } from './queries.js';

const spec = deciderSpecification(meetingDecider);
const reason = 'Rättat antalet avslutningssamtal enligt Akademikerförbundet SSR.';
const corrections: TextCorrection[] = [
  { itemId: 'i-dialog', record: 'dialog', text: 'Totalt genomfördes 13 avslutningssamtal 2018.' },
];
const revise = (by = people.secretary, overrides: { reason?: string; corrections?: TextCorrection[] } = {}) =>
  command('ReviseProtocol', { revisedBy: by, reason, corrections, ...overrides });
const revised: MeetingEvent = {
  type: 'ProtocolRevised',
  data: { meetingId, revision: 2, revisedBy: people.secretary, reason, corrections, at: later },
};

describe('meeting: protocol revised before justering', () => {
  it('the secretary revises the protocol: a new revision with the corrected text', () => {
    spec.given(closedMeeting).when(revise()).then([revised]);
    const state = foldEvents(meetingDecider, [...closedMeeting, revised]);
    expect(latestRevision(state)).toBe(2);
    expect(recordsOf(state, 'i-dialog').dialog?.text).toBe('Totalt genomfördes 13 avslutningssamtal 2018.');
    expect(state.revisions.map(({ revision, kind }) => [revision, kind])).toEqual([
      [1, 'original'],
      [2, 'revision'],
    ]);
  });

  it('the acting chair (a substitute) may revise as well', () => {
    spec
      .given(closedMeeting)
      .when(revise(people.substituteChair))
      .then([{ ...revised, data: { ...revised.data, revisedBy: people.substituteChair } } as MeetingEvent]);
  });

  it('a revision without text corrections is allowed when it says why', () => {
    spec
      .given(closedMeeting)
      .when(revise(people.secretary, { corrections: [] }))
      .then([{ ...revised, data: { ...revised.data, corrections: [] } } as MeetingEvent]);
  });

  it.each([
    ['the absent ordinary chair', people.chair],
    ['a union member', people.ssrRep],
  ])('a revision by %s is refused with MEETING.NOT_SECRETARY', (_who, person) => {
    spec.given(closedMeeting).when(revise(person)).thenThrows('MEETING.NOT_SECRETARY');
  });

  it('revising before the meeting is closed is refused with MEETING.NOT_CLOSED', () => {
    spec.given(handled).when(revise()).thenThrows('MEETING.NOT_CLOSED');
  });

  it('revising an unscheduled meeting is refused with MEETING.NOT_SCHEDULED', () => {
    spec.given([]).when(revise()).thenThrows('MEETING.NOT_SCHEDULED');
  });

  it('revising a justerat protocol is refused with MEETING.JUSTERAT (only a rättelse remains)', () => {
    spec.given(justeratMeeting).when(revise()).thenThrows('MEETING.JUSTERAT');
  });

  it('a revision without a reason is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(closedMeeting)
      .when(revise(people.secretary, { reason: '' }))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('a correction of an item not on the agenda is refused with MEETING.ITEM_NOT_ON_AGENDA', () => {
    spec
      .given(closedMeeting)
      .when(revise(people.secretary, { corrections: [{ itemId: 'i-nope', record: 'dialog', text: 'x' }] }))
      .thenThrows('MEETING.ITEM_NOT_ON_AGENDA');
  });

  it('a correction of a record that was never made is refused with MEETING.NOTHING_TO_CORRECT', () => {
    spec
      .given(closedMeeting)
      .when(revise(people.secretary, { corrections: [{ itemId: 'i-info', record: 'decision', text: 'x' }] }))
      .thenThrows('MEETING.NOTHING_TO_CORRECT');
  });

  it('a correction of an unknown record kind is refused with VALIDATION.INVALID_VALUE', () => {
    spec
      .given(closedMeeting)
      .when(
        revise(people.secretary, {
          corrections: [{ itemId: 'i-info', record: 'minnesanteckning' as never, text: 'x' }],
        }),
      )
      .thenThrows('VALIDATION.INVALID_VALUE');
  });

  it('a correction to empty text is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(closedMeeting)
      .when(
        revise(people.secretary, { corrections: [{ itemId: 'i-info', record: 'information', text: ' ' }] }),
      )
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });
});

describe('meeting: rättelse after justering', () => {
  const correct = command('CorrectProtocol', { correctedBy: people.secretary, reason, corrections });
  const corrected: MeetingEvent = {
    type: 'ProtocolCorrected',
    data: { meetingId, revision: 2, correctedBy: people.secretary, reason, corrections, at: later },
  };

  it('a rättelse of a justerat protocol is a new revision that is no longer justerat, history kept', () => {
    spec.given(justeratMeeting).when(correct).then([corrected]);
    const state = foldEvents(meetingDecider, [...justeratMeeting, corrected]);
    expect(latestRevision(state)).toBe(2);
    expect(isJusterat(state)).toBe(false);
    expect(state.justeringar.map(({ revision }) => revision)).toEqual([1]);
    expect(state.revisions.at(-1)?.kind).toBe('rättelse');
  });

  it('a rättelse before justering is refused with MEETING.NOT_JUSTERAT', () => {
    spec.given(closedMeeting).when(correct).thenThrows('MEETING.NOT_JUSTERAT');
  });

  it('a rättelse before close is refused with MEETING.NOT_CLOSED', () => {
    spec.given(handled).when(correct).thenThrows('MEETING.NOT_CLOSED');
  });

  it('a rättelse by someone who is not the secretary is refused with MEETING.NOT_SECRETARY', () => {
    spec
      .given(justeratMeeting)
      .when(command('CorrectProtocol', { correctedBy: people.visionRep, reason, corrections }))
      .thenThrows('MEETING.NOT_SECRETARY');
  });

  it('the rättelse can itself be revised before its new justering', () => {
    spec
      .given([...justeratMeeting, corrected])
      .when(revise())
      .then([{ ...revised, data: { ...revised.data, revision: 3 } } as MeetingEvent]);
  });
});
