/**
 * Carry-over as a live projection: every coming meeting's agenda proposal follows what happens in
 * the group (deferrals, follow-ups, meetings cancelled or moved), whenever it was scheduled.
 */
import type { FollowUpEvent } from '#domain/follow-ups';
import type { MeetingEvent } from '../events.js';
import {
  agenda,
  closed,
  decisionRecorded,
  dialogRecorded,
  informationRecorded,
  meetingId as february,
  people,
  running,
  scheduled,
  vision,
} from '../meeting.fixtures.js';
import { type CarryOverEvent, evolveGroupCarryOver, initialGroupCarryOver } from './group-carry-over.js';
import { liveAgenda, liveAgendaMayDiffer, type LiveAgendaItem, proposalAt } from './live-agenda.js';

const groupId = 'group-fsg-vsg';
const at = '2019-02-25T09:00:00Z';

const given = (...events: CarryOverEvent[]) => {
  const state = events.reduce(evolveGroupCarryOver, initialGroupCarryOver(groupId));
  return {
    state,
    agendaOf: (meetingId: string): LiveAgendaItem[] => liveAgenda(state, meetingId) ?? [],
    idsOf: (meetingId: string): string[] => (liveAgenda(state, meetingId) ?? []).map(({ itemId }) => itemId),
  };
};

const scheduledData = (scheduled as Extract<MeetingEvent, { type: 'MeetingScheduled' }>).data;
const schedule = (meetingId: string, startsAt: string, group = groupId): MeetingEvent => ({
  type: 'MeetingScheduled',
  data: { ...scheduledData, meetingId, groupId: group, startsAt, endsAt: startsAt, carriedOver: [] },
});
const march = 'm-2019-3';
const april = 'm-2019-4';
const may = 'm-2019-5';
/** Planned at the start of the year, long before February is held. */
const yearPlan = [
  schedule(march, '2019-03-25T07:30:00Z'),
  schedule(april, '2019-04-29T06:30:00Z'),
  schedule(may, '2019-05-27T06:30:00Z'),
];
const deferral = (meetingId: string, itemId: string, reason = 'Tiden räckte inte.'): MeetingEvent => ({
  type: 'ItemDeferred',
  data: { meetingId, itemId, reason, at },
});
const confidential = (meetingId: string, itemId: string): MeetingEvent => ({
  type: 'ItemMarkedConfidential',
  data: { meetingId, itemId, reason: 'Enskild arbetstagare', at },
});
/** February held: i-info handled, i-dialog deferred, i-beslut decided. */
const februaryHeld = [
  ...running,
  informationRecorded,
  deferral(february, 'i-dialog'),
  decisionRecorded,
  closed,
];
const followUp = (
  followUpId: string,
  dueDate: string,
  itemId = 'i-beslut',
  group = groupId,
): FollowUpEvent => ({
  type: 'FollowUpOpened',
  data: {
    followUpId,
    groupId: group,
    origin: { meetingId: february, itemId, meetingDate: '2019-02-25' },
    action: `Åtgärd ${followUpId}`,
    responsible: people.secretary,
    dueDate,
    at,
  },
});
const closeWith = (meetingId: string, paragraphs: Record<string, number>): MeetingEvent => ({
  type: 'MeetingClosed',
  data: {
    meetingId,
    paragraphs: Object.entries(paragraphs).map(([itemId, paragraph]) => ({ itemId, paragraph })),
    revision: 1,
    at,
  },
});
const setAgenda = (meetingId: string, items = agenda, version = 1): MeetingEvent => ({
  type: 'AgendaSet',
  data: { meetingId, version, items, at },
});
const kallelse = (meetingId: string, agendaVersion = 0): MeetingEvent => ({
  type: 'KallelseIssued',
  data: { meetingId, agendaVersion, recipients: [people.visionRep], at },
});
const returned = `deferred:${february}:i-dialog`;

describe('live carry-over: a meeting planned ahead follows what happens', () => {
  it('a meeting scheduled before the previous one closed receives its deferred item when it closes, with group, date and §', () => {
    const { agendaOf } = given(...yearPlan, ...februaryHeld);
    expect(agendaOf(march)).toEqual([
      {
        itemId: returned,
        title: 'Uppföljning av avslutningssamtalen',
        kind: 'dialog',
        proposer: { side: 'employer' },
        origin: {
          kind: 'deferred',
          fromGroupId: groupId,
          fromMeetingId: february,
          fromItemId: 'i-dialog',
          fromParagraph: 5,
          fromDate: '2019-02-25',
          reason: 'Tiden räckte inte.',
        },
        carryOver: 'proposed',
      },
    ]);
    expect(agendaOf(april)).toEqual([]);
  });

  it('nothing returns before the meeting it comes from is held', () => {
    const { agendaOf } = given(...yearPlan, ...running, deferral(february, 'i-dialog'));
    expect(agendaOf(march)).toEqual([]);
  });

  it('a follow-up returns at the first coming meeting on or after its due date, with its § however many meetings lie between', () => {
    const { agendaOf, idsOf } = given(...yearPlan, ...running, followUp('fu-1', '2019-04-15'), closed);
    expect(idsOf(march)).toEqual([]);
    expect(agendaOf(april)).toEqual([
      expect.objectContaining({
        itemId: 'follow-up:fu-1',
        kind: 'återrapportering',
        carryOver: 'proposed',
        origin: expect.objectContaining({
          kind: 'follow-up',
          fromGroupId: groupId,
          fromParagraph: 6,
          fromDate: '2019-02-25',
          dueDate: '2019-04-15',
        }),
      }),
    ]);
  });

  it('a follow-up moved past a meeting moves with it and brings the move (old date, new date, reason, who)', () => {
    const moved: FollowUpEvent = {
      type: 'FollowUpRescheduled',
      data: {
        followUpId: 'fu-1',
        previousDueDate: '2019-03-20',
        newDueDate: '2019-05-20',
        reason: 'Enkäten blev försenad',
        by: people.secretary,
        at,
      },
    };
    const { agendaOf, idsOf } = given(...yearPlan, ...running, followUp('fu-1', '2019-03-20'), closed, moved);
    expect(idsOf(march)).toEqual([]);
    expect(idsOf(april)).toEqual([]);
    expect(agendaOf(may)[0]).toMatchObject({
      itemId: 'follow-up:fu-1',
      origin: { dueDate: '2019-05-20' },
      followUp: {
        reschedules: [
          {
            previousDueDate: '2019-03-20',
            newDueDate: '2019-05-20',
            reason: 'Enkäten blev försenad',
            by: people.secretary,
          },
        ],
      },
    });
  });

  it('a follow-up completed meanwhile leaves the proposal; on the chairs’ agenda it stays, withdrawn', () => {
    const completed: FollowUpEvent = { type: 'FollowUpCompleted', data: { followUpId: 'fu-1', at } };
    const history = [...yearPlan, ...running, followUp('fu-1', '2019-03-20'), closed];
    expect(given(...history, completed).idsOf(march)).toEqual([]);

    const accepted = given(...history).agendaOf(march);
    const { agendaOf } = given(...history, setAgenda(march, accepted), completed);
    expect(agendaOf(march)).toEqual([
      expect.objectContaining({ itemId: 'follow-up:fu-1', carryOver: 'withdrawn' }),
    ]);
  });

  it('a follow-up still open after the meeting it returned to returns at the next one', () => {
    const { idsOf } = given(
      ...yearPlan,
      ...running,
      followUp('fu-1', '2019-03-20'),
      closed,
      closeWith(march, {}),
    );
    expect(idsOf(april)).toEqual(['follow-up:fu-1']);
  });

  it('an item the held meeting took up does not return again; deferred there again it returns from there, same id', () => {
    const accepted = given(...yearPlan, ...februaryHeld).agendaOf(march);
    const held = [...yearPlan, ...februaryHeld, setAgenda(march, accepted)];
    expect(given(...held, closeWith(march, { [returned]: 4 })).idsOf(april)).toEqual([]);
    const { agendaOf } = given(
      ...held,
      deferral(march, returned, 'Kommunal saknas.'),
      closeWith(march, { [returned]: 4 }),
    );
    expect(agendaOf(april)).toEqual([
      expect.objectContaining({
        itemId: returned,
        origin: expect.objectContaining({
          fromMeetingId: march,
          fromParagraph: 4,
          reason: 'Kommunal saknas.',
        }),
      }),
    ]);
  });

  it('an item the held meeting did not have on its agenda (set before it came back) is not lost: it returns at the next', () => {
    const { idsOf } = given(
      ...yearPlan,
      setAgenda(march, [agenda[0]]),
      ...februaryHeld,
      closeWith(march, { 'i-info': 4 }),
    );
    expect(idsOf(april)).toEqual([returned]);
  });

  it('a cancelled meeting hands on what returned to it, and its own new items, to the next meeting', () => {
    const cancelled: MeetingEvent = {
      type: 'MeetingCancelled',
      data: { meetingId: march, reason: 'Sjukdom', at },
    };
    const unionItem: MeetingEvent = {
      type: 'AgendaItemProposed',
      data: {
        meetingId: march,
        version: 1,
        item: { itemId: 'i-schema', title: 'Schemaläggning', kind: 'dialog', proposer: vision },
        proposedBy: people.visionRep,
        at,
      },
    };
    const { agendaOf, idsOf } = given(...yearPlan, ...februaryHeld, unionItem, cancelled);
    expect(idsOf(march)).toEqual([]);
    expect(idsOf(april)).toEqual([returned, `deferred:${march}:i-schema`]);
    expect(agendaOf(april)[1].origin).toMatchObject({
      kind: 'deferred',
      reason: 'Mötet ställdes in: Sjukdom',
    });
  });

  it('a meeting moved before another takes what returns with it', () => {
    const moved: MeetingEvent = {
      type: 'MeetingRescheduled',
      data: { meetingId: april, startsAt: '2019-03-18T07:30:00Z', endsAt: '2019-03-18T09:30:00Z', at },
    };
    const { idsOf } = given(...yearPlan, ...februaryHeld, moved);
    expect(idsOf(april)).toEqual([returned]);
    expect(idsOf(march)).toEqual([]);
  });

  it('what the chairs put on the agenda stays; returning items not on it are proposed after it', () => {
    const { agendaOf } = given(...yearPlan, setAgenda(march, [agenda[0]]), ...februaryHeld);
    expect(agendaOf(march).map(({ itemId, carryOver }) => [itemId, carryOver])).toEqual([
      ['i-info', undefined],
      [returned, 'proposed'],
    ]);
  });

  it('after the kallelse, a newly returning item is marked added and a sent one that is gone withdrawn', () => {
    const completed: FollowUpEvent = { type: 'FollowUpCompleted', data: { followUpId: 'fu-1', at } };
    const { agendaOf } = given(
      ...yearPlan,
      ...running,
      followUp('fu-1', '2019-03-20'),
      deferral(february, 'i-dialog'),
      closed,
      setAgenda(march, [agenda[0]]),
      kallelse(march, 1),
      completed,
      followUp('fu-2', '2019-03-25', 'i-info'),
    );
    expect(
      agendaOf(march).map(({ itemId, carryOver, sinceKallelse }) => [itemId, carryOver, sinceKallelse]),
    ).toEqual([
      ['i-info', undefined, undefined],
      [returned, 'proposed', undefined],
      ['follow-up:fu-2', 'proposed', 'added'],
      ['follow-up:fu-1', 'withdrawn', 'withdrawn'],
    ]);
  });

  it('the proposal recorded when a meeting is scheduled is what returns to it then', () => {
    const { state } = given(...februaryHeld, schedule(march, '2019-03-25T07:30:00Z'));
    expect(proposalAt(state, march).map(({ itemId }) => itemId)).toEqual([returned]);
  });

  it('the proposal recorded at scheduling counts as the agenda: an item of it that no longer returns stays, withdrawn', () => {
    const completed: FollowUpEvent = { type: 'FollowUpCompleted', data: { followUpId: 'fu-1', at } };
    const scheduledWithProposal = schedule(march, '2019-03-25T07:30:00Z');
    const withProposal: MeetingEvent = {
      ...scheduledWithProposal,
      data: {
        ...(scheduledWithProposal as Extract<MeetingEvent, { type: 'MeetingScheduled' }>).data,
        carriedOver: proposalAt(
          given(...running, followUp('fu-1', '2019-03-20'), closed, scheduledWithProposal).state,
          march,
        ),
      },
    } as MeetingEvent;
    const { agendaOf } = given(...running, followUp('fu-1', '2019-03-20'), closed, withProposal, completed);
    expect(agendaOf(march)).toEqual([
      expect.objectContaining({ itemId: 'follow-up:fu-1', carryOver: 'withdrawn' }),
    ]);
  });

  it('meetings and follow-ups of other groups change nothing', () => {
    const { state } = given(
      schedule('m-other', '2019-03-25T07:30:00Z', 'group-apt'),
      followUp('fu-x', '2019-03-01', 'i-info', 'group-apt'),
    );
    expect(state).toEqual(initialGroupCarryOver(groupId));
  });
});

describe('live carry-over: confidential stays confidential wherever it returns', () => {
  const markedAndDeferred = [
    ...yearPlan,
    ...running,
    confidential(february, 'i-dialog'),
    informationRecorded,
    deferral(february, 'i-dialog'),
    decisionRecorded,
    closed,
  ];

  it('a confidential item deferred returns marked confidential', () => {
    expect(given(...markedAndDeferred).agendaOf(march)[0]).toMatchObject({
      itemId: returned,
      confidential: true,
    });
  });

  it('deferred twice, it is still confidential at the third meeting', () => {
    const first = given(...markedAndDeferred).agendaOf(march);
    const { agendaOf } = given(
      ...markedAndDeferred,
      setAgenda(march, first),
      deferral(march, returned),
      closeWith(march, { [returned]: 4 }),
    );
    expect(agendaOf(april)).toEqual([expect.objectContaining({ itemId: returned, confidential: true })]);
  });

  it('a follow-up decided on a confidential item returns confidential, also when the mark came later', () => {
    const { agendaOf } = given(
      ...yearPlan,
      ...running,
      followUp('fu-1', '2019-03-20', 'i-dialog'),
      confidential(february, 'i-dialog'),
      dialogRecorded,
      informationRecorded,
      decisionRecorded,
      closed,
    );
    expect(agendaOf(march)).toEqual([
      expect.objectContaining({ itemId: 'follow-up:fu-1', confidential: true }),
    ]);
  });
});

describe('live carry-over: which coming meetings an event may change (what a kallelse projection rebuilds)', () => {
  const completed: FollowUpEvent = { type: 'FollowUpCompleted', data: { followUpId: 'fu-1', at } };
  const movedBefore: MeetingEvent = {
    type: 'MeetingRescheduled',
    data: { meetingId: april, startsAt: '2019-03-18T07:30:00Z', endsAt: '2019-03-18T09:30:00Z', at },
  };
  /** Deferrals, follow-ups due at different meetings, a move, a kallelse, a completion, a cancellation. */
  const history: CarryOverEvent[] = [
    ...yearPlan,
    ...running,
    followUp('fu-1', '2019-03-20'),
    followUp('fu-2', '2019-04-15', 'i-info'),
    deferral(february, 'i-dialog'),
    confidential(february, 'i-info'),
    closed,
    setAgenda(may, [agenda[0]]),
    kallelse(may, 1),
    movedBefore,
    completed,
    { type: 'MeetingCancelled', data: { meetingId: march, reason: 'Sjukdom', at } },
  ];
  const states = history.reduce(
    (folded, event) => [...folded, evolveGroupCarryOver(folded.at(-1)!, event)],
    [initialGroupCarryOver(groupId)],
  );

  it('says “the same” only where the live agenda is the same, after every event of a year’s history', () => {
    const wrong: string[] = [];
    let unchangedSeen = 0;
    states.slice(1).forEach((after, i) => {
      const before = states[i];
      for (const meetingId of [march, april, may]) {
        if (liveAgendaMayDiffer(before, after, meetingId)) continue;
        unchangedSeen += 1;
        if (JSON.stringify(liveAgenda(before, meetingId)) !== JSON.stringify(liveAgenda(after, meetingId)))
          wrong.push(`${history[i].type} → ${meetingId}`);
      }
    });
    expect(wrong).toEqual([]);
    expect(unchangedSeen).toBeGreaterThan(10); // it does spare work, not only say “may differ”
  });

  it('a follow-up opened for April may change April’s agenda only', () => {
    const before = given(...yearPlan, ...running).state;
    const after = evolveGroupCarryOver(before, followUp('fu-2', '2019-04-15'));
    expect([march, april, may].filter((id) => liveAgendaMayDiffer(before, after, id))).toEqual([april]);
  });

  it('a meeting moved before another may change both: what returned at the one now returns at the other', () => {
    const before = given(...yearPlan, ...februaryHeld).state;
    const after = evolveGroupCarryOver(before, movedBefore);
    expect([march, april, may].filter((id) => liveAgendaMayDiffer(before, after, id))).toEqual([
      march,
      april,
    ]);
  });
});
