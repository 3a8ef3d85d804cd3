/**
 * Escalation rides on carry-over (see domain/carry-over/escalations.ts): given the events of an APT
 * and its VSG, when each is folded as the carry-over projection folds it, then the question is on
 * the VSG's next agenda proposal with its origin and the VSG's answer on the APT's next one.
 */
import type { StoredEvent } from '#libs/event-store';
import type { GroupCarryOver, MeetingEvent } from '../../domain/index.js';
import { liveAgenda, NEGOTIATION_PENDING_REASON } from '../../domain/index.js';
import { applyCarryOverEvent, type CarryOverStore } from './carry-over-store.js';

class MemoryStore implements CarryOverStore {
  readonly groups = new Map<string, GroupCarryOver>();
  private readonly meetings = new Map<string, string>();
  async groupOf(_stream: 'meeting' | 'follow-up', id: string) {
    return this.meetings.get(id);
  }
  async rememberGroup(_stream: 'meeting' | 'follow-up', id: string, groupId: string) {
    this.meetings.set(id, groupId);
  }
  async loadCarryOver(groupId: string) {
    return this.groups.get(groupId);
  }
  async saveCarryOver(state: GroupCarryOver) {
    this.groups.set(state.groupId, state);
  }
}

let position = 0;
const stored = (event: MeetingEvent): StoredEvent =>
  ({
    ...event,
    tenantId: 't',
    streamId: `meeting-${event.data.meetingId}`,
    globalPosition: ++position,
  }) as never;

const apt = { groupId: 'g-apt', name: 'APT Hemtjänst Norr', levels: ['APT'] };
const vsg = { groupId: 'g-vsg', name: 'VSG Hemtjänst', levels: ['VSG'] };
const employer = { side: 'employer' as const };

const schedule = (meetingId: string, groupId: string, startsAt: string): MeetingEvent => ({
  type: 'MeetingScheduled',
  data: {
    meetingId,
    groupId,
    startsAt,
    endsAt: startsAt,
    place: 'Rummet',
    protocolNumber: { number: 1, year: 2019 },
    unionOrganisations: [],
    carriedOver: [],
    at: '2019-01-02T08:00:00Z',
  },
});
const agenda = (meetingId: string, items: object[]): MeetingEvent =>
  ({ type: 'AgendaSet', data: { meetingId, version: 1, items, at: '2019-01-03T08:00:00Z' } }) as MeetingEvent;
const closeWith = (meetingId: string, at: string, paragraphs: [string, number][]): MeetingEvent => ({
  type: 'MeetingClosed',
  data: {
    meetingId,
    paragraphs: paragraphs.map(([itemId, paragraph]) => ({ itemId, paragraph })),
    revision: 1,
    at,
  },
});
// As set-agenda keeps it: the chair accepts the returning item by its id, carry-over gives the origin.
const escalatedOrigin = {
  kind: 'escalated',
  fromGroupId: 'g-apt',
  fromGroupName: 'APT Hemtjänst Norr',
  fromMeetingId: 'apt-3',
  fromItemId: 'i-helg',
  fromParagraph: 4,
  fromDate: '2019-03-04',
  question: 'Kan helgbemanningen ökas?',
  toGroupName: 'VSG Hemtjänst',
};
const question = { itemId: 'i-helg', title: 'Bemanning i helgerna', kind: 'övrig fråga', proposer: employer };

async function fold(store: MemoryStore, events: MeetingEvent[]) {
  for (const event of events) await applyCarryOverEvent(store, stored(event));
}

describe('carry-over: an APT question escalated to its VSG and answered back', () => {
  const aptMarch = [
    schedule('apt-3', apt.groupId, '2019-03-04T12:00:00Z'),
    schedule('apt-4', apt.groupId, '2019-04-01T12:00:00Z'),
    agenda('apt-3', [question]),
    {
      type: 'ItemEscalated',
      data: {
        meetingId: 'apt-3',
        itemId: 'i-helg',
        to: { kind: 'parent-group', ...vsg },
        question: 'Kan helgbemanningen ökas?',
        from: apt,
        at: '2019-03-04T12:30:00Z',
      },
    } as MeetingEvent,
    closeWith('apt-3', '2019-03-04T13:00:00Z', [['i-helg', 4]]),
  ];

  it('given the VSG has a coming meeting, when the APT closes, then it is proposed there with group, date and §', async () => {
    const store = new MemoryStore();
    await fold(store, [schedule('vsg-3', vsg.groupId, '2019-03-18T08:00:00Z'), ...aptMarch]);
    const proposal = liveAgenda(store.groups.get(vsg.groupId) as GroupCarryOver, 'vsg-3');
    expect(proposal).toEqual([
      {
        itemId: 'escalated:apt-3:i-helg',
        title: 'Bemanning i helgerna',
        kind: 'dialog',
        proposer: employer,
        origin: {
          kind: 'escalated',
          fromGroupId: apt.groupId,
          fromGroupName: apt.name,
          fromMeetingId: 'apt-3',
          fromItemId: 'i-helg',
          fromParagraph: 4,
          fromDate: '2019-03-04',
          question: 'Kan helgbemanningen ökas?',
          toGroupName: vsg.name,
        },
        carryOver: 'proposed',
      },
    ]);
  });

  it('given no VSG meeting yet, it waits and is proposed on the first one scheduled after', async () => {
    const store = new MemoryStore();
    await fold(store, [...aptMarch, schedule('vsg-5', vsg.groupId, '2019-05-06T08:00:00Z')]);
    expect(
      liveAgenda(store.groups.get(vsg.groupId) as GroupCarryOver, 'vsg-5')?.map((i) => i.itemId),
    ).toEqual(['escalated:apt-3:i-helg']);
  });

  it("when the VSG takes it up, then its outcome returns on the APT's next agenda proposal as the answer", async () => {
    const store = new MemoryStore();
    const escalatedId = 'escalated:apt-3:i-helg';
    await fold(store, [
      schedule('vsg-3', vsg.groupId, '2019-03-18T08:00:00Z'),
      ...aptMarch,
      agenda('vsg-3', [{ ...question, itemId: escalatedId, kind: 'dialog', origin: escalatedOrigin }]),
      {
        type: 'DialogRecorded',
        data: {
          meetingId: 'vsg-3',
          itemId: escalatedId,
          text: 'Ytterligare en helgtjänst införs från maj.',
          views: [],
          at: '2019-03-18T09:00:00Z',
        },
      },
      closeWith('vsg-3', '2019-03-18T10:00:00Z', [[escalatedId, 5]]),
    ]);
    const vsgState = store.groups.get(vsg.groupId) as GroupCarryOver;
    expect(vsgState.deferred[escalatedId]).toBeUndefined();
    const aprilProposal = liveAgenda(store.groups.get(apt.groupId) as GroupCarryOver, 'apt-4');
    expect(aprilProposal).toEqual([
      {
        itemId: `answer:vsg-3:${escalatedId}`,
        title: 'Bemanning i helgerna',
        kind: 'återrapportering',
        proposer: employer,
        origin: {
          kind: 'answer',
          fromGroupId: vsg.groupId,
          fromGroupName: vsg.name,
          fromMeetingId: 'vsg-3',
          fromItemId: escalatedId,
          fromParagraph: 5,
          fromDate: '2019-03-18',
          answer: 'Ytterligare en helgtjänst införs från maj.',
          escalatedFromMeetingId: 'apt-3',
          escalatedFromParagraph: 4,
          escalatedFromDate: '2019-03-04',
        },
        carryOver: 'proposed',
      },
    ]);
  });

  it('when the VSG defers it, no answer goes back and it returns at the next VSG meeting', async () => {
    const store = new MemoryStore();
    const escalatedId = 'escalated:apt-3:i-helg';
    await fold(store, [
      schedule('vsg-3', vsg.groupId, '2019-03-18T08:00:00Z'),
      schedule('vsg-4', vsg.groupId, '2019-04-15T08:00:00Z'),
      ...aptMarch,
      agenda('vsg-3', [{ ...question, itemId: escalatedId, kind: 'dialog', origin: escalatedOrigin }]),
      {
        type: 'ItemDeferred',
        data: {
          meetingId: 'vsg-3',
          itemId: escalatedId,
          reason: 'Underlag saknas.',
          at: '2019-03-18T09:00:00Z',
        },
      },
      closeWith('vsg-3', '2019-03-18T10:00:00Z', [[escalatedId, 5]]),
    ]);
    expect(liveAgenda(store.groups.get(apt.groupId) as GroupCarryOver, 'apt-4')).toEqual([]);
    expect(
      liveAgenda(store.groups.get(vsg.groupId) as GroupCarryOver, 'vsg-4')?.map((i) => i.itemId),
    ).toEqual([escalatedId]);
  });

  it('an item handed to an MBL negotiation returns in its own group with the negotiation pending', async () => {
    const store = new MemoryStore();
    await fold(store, [
      schedule('apt-3', apt.groupId, '2019-03-04T12:00:00Z'),
      schedule('apt-4', apt.groupId, '2019-04-01T12:00:00Z'),
      agenda('apt-3', [{ ...question, kind: 'beslut' }]),
      {
        type: 'ItemEscalated',
        data: {
          meetingId: 'apt-3',
          itemId: 'i-helg',
          to: { kind: 'mbl-negotiation' },
          from: apt,
          negotiation: 'pending',
          at: '2019-03-04T12:30:00Z',
        },
      } as MeetingEvent,
      closeWith('apt-3', '2019-03-04T13:00:00Z', [['i-helg', 4]]),
    ]);
    const april = liveAgenda(store.groups.get(apt.groupId) as GroupCarryOver, 'apt-4') ?? [];
    expect(april.map(({ itemId, origin }) => [itemId, origin?.kind, origin?.fromParagraph])).toEqual([
      ['negotiation:apt-3:i-helg', 'deferred', 4],
    ]);
    expect(april[0]?.origin).toMatchObject({ reason: NEGOTIATION_PENDING_REASON });
    expect(store.groups.get(vsg.groupId)).toBeUndefined();
  });
});
