import type { FollowUpEvent, FollowUpState } from '#domain/follow-ups';
import { followUpDecider } from '#domain/follow-ups';
import { foldEvents } from '#libs/ddd';
import type { MeetingEvent } from '../events.js';
import { meetingDecider } from '../meeting.decider.js';
import {
  closed,
  decisionRecorded,
  informationRecorded,
  later,
  meetingId,
  people,
  running,
  scheduled,
  unionOrganisations,
} from '../meeting.fixtures.js';
import { proposeCarryOver } from './carry-over.js';

const reason = 'Punkten flyttas till nästa FSG/VSG då Kommunal inte deltar vid detta möte.';
const deferred: MeetingEvent = {
  type: 'ItemDeferred',
  data: { meetingId, itemId: 'i-dialog', reason, at: later },
};
const previousMeeting = foldEvents(meetingDecider, [
  ...running,
  informationRecorded,
  deferred,
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
const dueBefore = followUp('fu-b', '2019-03-20');
const dueOn = followUp('fu-a', '2019-03-25');
const dueAfter = followUp('fu-c', '2019-03-26');
const completed = followUp('fu-d', '2019-03-01', {
  type: 'FollowUpCompleted',
  data: { followUpId: 'fu-d', at: later },
});
const cancelled = followUp('fu-e', '2019-03-01', {
  type: 'FollowUpCancelled',
  data: { followUpId: 'fu-e', reason: 'Onödig', at: later },
});

describe('carry-over to the next meeting', () => {
  const proposal = proposeCarryOver({
    previousMeeting,
    followUps: [dueAfter, dueOn, completed, dueBefore, cancelled],
    meetingDate: '2019-03-25',
  });

  it('the deferred item returns first, marked "från § 5, 2019-02-25" with its reason', () => {
    expect(proposal[0]).toEqual({
      itemId: 'deferred:m-2019-2:i-dialog',
      title: 'Uppföljning av avslutningssamtalen',
      kind: 'dialog',
      proposer: { side: 'employer' },
      origin: {
        kind: 'deferred',
        fromMeetingId: meetingId,
        fromItemId: 'i-dialog',
        fromParagraph: 5,
        fromDate: '2019-02-25',
        reason,
      },
    });
  });

  it('open follow-ups due on or before the date return, earliest first; later, completed and cancelled ones do not', () => {
    expect(proposal.slice(1).map((item) => item.itemId)).toEqual(['follow-up:fu-b', 'follow-up:fu-a']);
  });

  it('a returning follow-up is an återrapportering item presented by the responsible, with its origin and due date', () => {
    expect(proposal[1]).toEqual({
      itemId: 'follow-up:fu-b',
      title: 'Åtgärd fu-b',
      kind: 'återrapportering',
      presenters: [people.secretary],
      proposer: { side: 'employer' },
      origin: {
        kind: 'follow-up',
        followUpId: 'fu-b',
        fromMeetingId: meetingId,
        fromItemId: 'i-beslut',
        fromParagraph: 6,
        fromDate: '2019-02-25',
        dueDate: '2019-03-20',
      },
    });
  });

  it('without a previous meeting only the due follow-ups return, without a § number unless the follow-up knows it', () => {
    const withParagraph = { ...dueBefore, origin: { ...dueBefore.origin!, paragraph: 8 } };
    const items = proposeCarryOver({ followUps: [withParagraph, dueOn], meetingDate: '2019-03-25' });
    expect(items.map((item) => item.origin)).toEqual([
      expect.objectContaining({ followUpId: 'fu-b', fromParagraph: 8 }),
      expect.not.objectContaining({ fromParagraph: expect.anything() }),
    ]);
  });

  it('proposing twice gives the same agenda (ids are derived, not random)', () => {
    expect(
      proposeCarryOver({ previousMeeting, followUps: [dueOn, dueBefore], meetingDate: '2019-03-25' }),
    ).toEqual(proposal);
  });

  it('an item deferred again keeps its id and now points at the meeting that deferred it last', () => {
    const next = foldEvents(meetingDecider, [
      {
        ...scheduled,
        data: {
          ...scheduled.data,
          meetingId: 'm-2019-3',
          startsAt: '2019-03-25T07:00:00Z',
          endsAt: '2019-03-25T09:00:00Z',
          carriedOver: [proposal[0]!],
        },
      } as MeetingEvent,
      {
        type: 'ItemDeferred',
        data: { meetingId: 'm-2019-3', itemId: 'deferred:m-2019-2:i-dialog', reason: 'Igen.', at: later },
      },
    ]);
    const [again] = proposeCarryOver({ previousMeeting: next, followUps: [], meetingDate: '2019-04-29' });
    expect(again).toMatchObject({
      itemId: 'deferred:m-2019-2:i-dialog',
      origin: {
        kind: 'deferred',
        fromMeetingId: 'm-2019-3',
        fromItemId: 'deferred:m-2019-2:i-dialog',
        fromDate: '2019-03-25',
        reason: 'Igen.',
      },
    });
  });

  it('a follow-up whose återrapportering was itself deferred returns once', () => {
    const [returning] = proposeCarryOver({ followUps: [dueBefore], meetingDate: '2019-03-25' });
    const next = foldEvents(meetingDecider, [
      {
        ...scheduled,
        data: { ...scheduled.data, meetingId: 'm-2019-3', carriedOver: [returning!] },
      } as MeetingEvent,
      {
        type: 'ItemDeferred',
        data: { meetingId: 'm-2019-3', itemId: 'follow-up:fu-b', reason: 'Ansvarig sjuk.', at: later },
      },
    ]);
    const items = proposeCarryOver({
      previousMeeting: next,
      followUps: [dueBefore],
      meetingDate: '2019-04-29',
    });
    expect(items.map((item) => item.itemId)).toEqual(['follow-up:fu-b']);
    expect(items[0]?.origin?.kind).toBe('deferred');
  });

  it('the meeting date of the origin is the Stockholm date (23:30 UTC on 31 December is 1 January)', () => {
    const newYear = foldEvents(meetingDecider, [
      {
        ...scheduled,
        data: {
          ...scheduled.data,
          startsAt: '2019-12-31T23:30:00Z',
          endsAt: '2020-01-01T01:00:00Z',
          carriedOver: [],
        },
      } as MeetingEvent,
      running[1]!,
      {
        type: 'ItemDeferred',
        data: { meetingId, itemId: 'i-info', reason: 'Tiden räckte inte.', at: later },
      },
    ]);
    const [item] = proposeCarryOver({ previousMeeting: newYear, followUps: [], meetingDate: '2020-01-27' });
    expect(item?.origin).toMatchObject({ fromDate: '2020-01-01' });
  });

  it('the proposal is accepted by ScheduleMeeting and becomes the new meeting’s initial agenda', () => {
    const [event] = meetingDecider.decide(
      {
        type: 'ScheduleMeeting',
        data: {
          ...(scheduled.data as never as object),
          meetingId: 'm-2019-3',
          unionOrganisations,
          carriedOver: proposal,
        } as never,
      },
      meetingDecider.initialState(),
    );
    expect(foldEvents(meetingDecider, [event!]).agenda).toEqual(proposal);
  });
});
