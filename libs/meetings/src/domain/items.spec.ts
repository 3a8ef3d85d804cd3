import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  closedMeeting,
  command,
  decisionRecorded,
  later,
  meetingId,
  people,
  running,
} from './meeting.fixtures.js';
import { deferredItems, openItems, recordsOf } from './queries.js';

const spec = deciderSpecification(meetingDecider);
const followUp = {
  itemId: 'i-dialog',
  followUpId: 'fu-enkät',
  action: 'Utvärdera de digitala avslutningsenkäterna',
  responsible: people.secretary,
  dueDate: '2019-04-29',
};
const assigned: MeetingEvent = { type: 'FollowUpDateAssigned', data: { meetingId, ...followUp, at: later } };
const reason = 'Punkten flyttas till nästa FSG/VSG då Kommunal inte deltar vid detta möte.';
const deferred: MeetingEvent = {
  type: 'ItemDeferred',
  data: { meetingId, itemId: 'i-dialog', reason, at: later },
};

describe('meeting: follow-up date assigned', () => {
  it('a follow-up date is assigned with action, responsible and due date', () => {
    spec.given(running).when(command('AssignFollowUpDate', followUp)).then([assigned]);
  });

  it('assigning the same follow-up again records nothing', () => {
    spec
      .given([...running, assigned])
      .when(command('AssignFollowUpDate', followUp))
      .then([]);
  });

  it('reusing a follow-up id for another action is refused with MEETING.FOLLOW_UP_ID_TAKEN', () => {
    spec
      .given([...running, assigned])
      .when(command('AssignFollowUpDate', { ...followUp, itemId: 'i-info' }))
      .thenThrows('MEETING.FOLLOW_UP_ID_TAKEN');
  });

  it.each(['2019-02-30', '2019-2-28', '28/02/2019', '2019-13-01'])(
    'due date %p is refused with VALIDATION.INVALID_DATE',
    (dueDate) => {
      spec
        .given(running)
        .when(command('AssignFollowUpDate', { ...followUp, dueDate }))
        .thenThrows('VALIDATION.INVALID_DATE');
    },
  );

  it('a due date before the meeting is refused with MEETING.FOLLOW_UP_DUE_BEFORE_MEETING', () => {
    spec
      .given(running)
      .when(command('AssignFollowUpDate', { ...followUp, dueDate: '2019-02-24' }))
      .thenThrows('MEETING.FOLLOW_UP_DUE_BEFORE_MEETING');
  });

  it('an empty action is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(running)
      .when(command('AssignFollowUpDate', { ...followUp, action: '' }))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('a follow-up on an item not on the agenda is refused with MEETING.ITEM_NOT_ON_AGENDA', () => {
    spec
      .given(running)
      .when(command('AssignFollowUpDate', { ...followUp, itemId: 'i-nope' }))
      .thenThrows('MEETING.ITEM_NOT_ON_AGENDA');
  });

  it('a follow-up on a closed meeting is refused with MEETING.CLOSED', () => {
    spec.given(closedMeeting).when(command('AssignFollowUpDate', followUp)).thenThrows('MEETING.CLOSED');
  });
});

describe('meeting: item deferred', () => {
  it('an item is deferred with its reason and is no longer open', () => {
    spec
      .given(running)
      .when(command('DeferItem', { itemId: 'i-dialog', reason }))
      .then([deferred]);
    const state = foldEvents(meetingDecider, [...running, deferred]);
    expect(deferredItems(state).map((item) => item.itemId)).toEqual(['i-dialog']);
    expect(openItems(state).map((item) => item.itemId)).toEqual(['i-info', 'i-beslut']);
  });

  it('deferring again with the same reason records nothing', () => {
    spec
      .given([...running, deferred])
      .when(command('DeferItem', { itemId: 'i-dialog', reason }))
      .then([]);
  });

  it('deferring again with another reason is refused with MEETING.ITEM_ALREADY_DEFERRED', () => {
    spec
      .given([...running, deferred])
      .when(command('DeferItem', { itemId: 'i-dialog', reason: 'Annat skäl' }))
      .thenThrows('MEETING.ITEM_ALREADY_DEFERRED');
  });

  it('deferring a decided item is refused with MEETING.ITEM_ALREADY_DECIDED', () => {
    spec
      .given([...running, decisionRecorded])
      .when(command('DeferItem', { itemId: 'i-beslut', reason }))
      .thenThrows('MEETING.ITEM_ALREADY_DECIDED');
  });

  it('deferring without a reason is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(running)
      .when(command('DeferItem', { itemId: 'i-dialog', reason: ' ' }))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('deferring an item not on the agenda is refused with MEETING.ITEM_NOT_ON_AGENDA', () => {
    spec
      .given(running)
      .when(command('DeferItem', { itemId: 'i-nope', reason }))
      .thenThrows('MEETING.ITEM_NOT_ON_AGENDA');
  });

  it('deferring on a closed meeting is refused with MEETING.CLOSED', () => {
    spec
      .given(closedMeeting)
      .when(command('DeferItem', { itemId: 'i-dialog', reason }))
      .thenThrows('MEETING.CLOSED');
  });
});

describe('meeting: item marked confidential', () => {
  const marked: MeetingEvent = {
    type: 'ItemMarkedConfidential',
    data: { meetingId, itemId: 'i-info', reason: 'Individärende (OSL 39 kap. 3 §)', at: later },
  };

  it('an item is marked confidential with the ground', () => {
    spec
      .given(running)
      .when(command('MarkItemConfidential', { itemId: 'i-info', reason: 'Individärende (OSL 39 kap. 3 §)' }))
      .then([marked]);
    expect(recordsOf(foldEvents(meetingDecider, [...running, marked]), 'i-info').confidential).toEqual({
      reason: 'Individärende (OSL 39 kap. 3 §)',
    });
  });

  it('marking it again records nothing', () => {
    spec
      .given([...running, marked])
      .when(command('MarkItemConfidential', { itemId: 'i-info', reason: 'Sekretess' }))
      .then([]);
  });

  it('marking without a ground is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(running)
      .when(command('MarkItemConfidential', { itemId: 'i-info', reason: '' }))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('marking an item not on the agenda is refused with MEETING.ITEM_NOT_ON_AGENDA', () => {
    spec
      .given(running)
      .when(command('MarkItemConfidential', { itemId: 'i-nope', reason: 'Sekretess' }))
      .thenThrows('MEETING.ITEM_NOT_ON_AGENDA');
  });

  it('marking on a closed meeting is refused with MEETING.CLOSED', () => {
    spec
      .given(closedMeeting)
      .when(command('MarkItemConfidential', { itemId: 'i-info', reason: 'Sekretess' }))
      .thenThrows('MEETING.CLOSED');
  });
});
