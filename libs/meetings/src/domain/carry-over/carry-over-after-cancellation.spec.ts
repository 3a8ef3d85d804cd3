import type { FollowUpEvent, FollowUpState } from '#domain/follow-ups';
import { followUpDecider } from '#domain/follow-ups';
import { foldEvents } from '#libs/ddd';
import type { MeetingEvent } from '../events.js';
import { meetingDecider } from '../meeting.decider.js';
import {
  closed,
  decisionRecorded,
  informationRecorded,
  item,
  later,
  meetingId,
  people,
  running,
  scheduled,
  vision,
} from '../meeting.fixtures.js';
import type { MeetingState } from '../state.js';
import { CANCELLED_MEETING_REASON, proposeCarryOver } from './carry-over.js';

/**
 * February is held and defers an item; March is scheduled with it and a follow-up due, gets a
 * union's own item, and is cancelled; April must still get all of it.
 */
const february = foldEvents(meetingDecider, [
  ...running,
  informationRecorded,
  { type: 'ItemDeferred', data: { meetingId, itemId: 'i-dialog', reason: 'Tiden räckte inte.', at: later } },
  decisionRecorded,
  closed,
]);

const followUp = (followUpId: string, dueDate: string, ...more: FollowUpEvent[]): FollowUpState =>
  foldEvents(followUpDecider, [
    {
      type: 'FollowUpOpened',
      data: {
        followUpId,
        groupId: 'group-fsg-vsg',
        origin: { meetingId, itemId: 'i-beslut', meetingDate: '2019-02-25' },
        action: `Åtgärd ${followUpId}`,
        responsible: people.secretary,
        dueDate,
        at: later,
      },
    },
    ...more,
  ]);
const dueInMarch = followUp('fu-mars', '2019-03-20');
const dueInApril = followUp('fu-april', '2019-04-20');

const cancellation = 'Förvaltningschefen är sjuk.';
const unionItem = item('i-schema', 'Schemaläggning på Kvarnen', 'dialog', vision);

/** A meeting of the group that was scheduled with `carriedOver`, got a union's item, and was cancelled. */
function cancelledMeeting(id: string, startsAt: string, carriedOver: MeetingState['agenda']) {
  const events: MeetingEvent[] = [
    {
      ...scheduled,
      data: {
        ...scheduled.data,
        meetingId: id,
        startsAt,
        endsAt: startsAt.replace('T07', 'T09'),
        carriedOver,
      },
    } as MeetingEvent,
    {
      type: 'AgendaItemProposed',
      data: { meetingId: id, version: 1, item: unionItem, proposedBy: people.visionRep, at: later },
    },
    { type: 'MeetingCancelled', data: { meetingId: id, reason: cancellation, at: later } },
  ];
  return foldEvents(meetingDecider, events);
}

const marchProposal = proposeCarryOver({
  previousMeeting: february,
  followUps: [dueInMarch],
  meetingDate: '2019-03-25',
});
const march = cancelledMeeting('m-2019-3', '2019-03-25T07:00:00Z', marchProposal);

describe('carry-over past a cancelled meeting', () => {
  const april = proposeCarryOver({
    previousMeeting: february,
    cancelledMeetings: [march],
    followUps: [dueInMarch, dueInApril],
    meetingDate: '2019-04-29',
  });

  it('March brought back February’s deferred item and the follow-up due: what April must not lose', () => {
    expect(march.agenda.map(({ itemId }) => itemId)).toEqual([
      'deferred:m-2019-2:i-dialog',
      'follow-up:fu-mars',
      'i-schema',
    ]);
  });

  it('the item deferred to the cancelled meeting returns once, still "från § 5, 2019-02-25"', () => {
    expect(april[0]).toEqual(marchProposal[0]);
    expect(april[0]?.origin).toMatchObject({ fromMeetingId: meetingId, fromParagraph: 5 });
  });

  it('an item new on the cancelled meeting’s agenda returns as deferred there, with the cancellation as reason', () => {
    expect(april[1]).toEqual({
      ...unionItem,
      itemId: 'deferred:m-2019-3:i-schema',
      origin: {
        kind: 'deferred',
        fromMeetingId: 'm-2019-3',
        fromItemId: 'i-schema',
        fromDate: '2019-03-25',
        reason: `${CANCELLED_MEETING_REASON}${cancellation}`,
      },
    });
  });

  it('follow-ups due at the cancelled meeting return once, with those due since', () => {
    expect(april.slice(2).map(({ itemId }) => itemId)).toEqual(['follow-up:fu-mars', 'follow-up:fu-april']);
  });

  it('a follow-up completed after the cancellation does not return, although it was on its agenda', () => {
    const completed = followUp('fu-mars', '2019-03-20', {
      type: 'FollowUpCompleted',
      data: { followUpId: 'fu-mars', at: later },
    });
    const items = proposeCarryOver({
      previousMeeting: february,
      cancelledMeetings: [march],
      followUps: [completed],
      meetingDate: '2019-04-29',
    });
    expect(items.map(({ itemId }) => itemId)).toEqual([
      'deferred:m-2019-2:i-dialog',
      'deferred:m-2019-3:i-schema',
    ]);
  });

  it('after two cancelled meetings in a row everything returns once, each new item from where it was raised', () => {
    const marchAgain = proposeCarryOver({
      previousMeeting: february,
      cancelledMeetings: [march],
      followUps: [dueInMarch],
      meetingDate: '2019-04-08',
    });
    const secondCancelled = cancelledMeeting('m-2019-4', '2019-04-08T07:00:00Z', marchAgain);
    const may = proposeCarryOver({
      previousMeeting: february,
      cancelledMeetings: [march, secondCancelled],
      followUps: [dueInMarch],
      meetingDate: '2019-05-27',
    });
    // The union's item was raised again on the second meeting under its own id: both are kept.
    expect(may.map(({ itemId }) => itemId)).toEqual([
      'deferred:m-2019-2:i-dialog',
      'deferred:m-2019-3:i-schema',
      'deferred:m-2019-4:i-schema',
      'follow-up:fu-mars',
    ]);
  });

  it('an item the cancelled meeting carried from an earlier meeting keeps that origin without a previous meeting', () => {
    const items = proposeCarryOver({ cancelledMeetings: [march], followUps: [], meetingDate: '2019-04-29' });
    expect(items.map(({ itemId }) => itemId)).toEqual([
      'deferred:m-2019-2:i-dialog',
      'deferred:m-2019-3:i-schema',
    ]);
    expect(items[0]).toEqual(marchProposal[0]);
  });

  it('the proposal is accepted by ScheduleMeeting (every item has an origin)', () => {
    const [event] = meetingDecider.decide(
      {
        type: 'ScheduleMeeting',
        data: {
          ...(scheduled.data as never as object),
          meetingId: 'm-2019-5',
          startsAt: '2019-04-29T07:00:00Z',
          endsAt: '2019-04-29T09:00:00Z',
          carriedOver: april,
        } as never,
      },
      foldEvents(meetingDecider, []),
    );
    expect(event).toMatchObject({ type: 'MeetingScheduled', data: { carriedOver: april } });
  });
});
