import type { AgendaItem } from '../agenda-item.js';
import { escalationOverview } from './escalation-overview.js';
import { NEGOTIATION_PENDING_REASON } from './escalations.js';
import type { GroupCarryOver } from './group-carry-over-state.js';

const employer = { side: 'employer' as const };
const stateOf = (groupId: string, items: AgendaItem[]): GroupCarryOver => ({
  groupId,
  meetings: {},
  followUps: {},
  deferred: Object.fromEntries(
    items.map((item, order) => [item.itemId, { item, after: '2019-03-04T07:00:00Z', order }]),
  ),
});
const raised = (itemId: string, fromGroupId: string, confidential = false): AgendaItem => ({
  itemId,
  title: `Fråga ${itemId}`,
  kind: 'dialog',
  proposer: employer,
  origin: {
    kind: 'escalated',
    fromGroupId,
    fromGroupName: 'APT Hemtjänst Norr',
    fromMeetingId: 'apt-3',
    fromItemId: itemId,
    fromParagraph: 4,
    fromDate: '2019-03-04',
    question: 'Kan helgbemanningen ökas?',
    toGroupName: 'VSG Hemtjänst',
  },
  ...(confidential ? { confidential: true as const } : {}),
});
const answered: AgendaItem = {
  itemId: 'answer:vsg-3:escalated:apt-3:i-helg',
  title: 'Bemanning i helgerna',
  kind: 'återrapportering',
  proposer: employer,
  origin: {
    kind: 'answer',
    fromGroupId: 'g-vsg',
    fromGroupName: 'VSG Hemtjänst',
    fromMeetingId: 'vsg-3',
    fromItemId: 'escalated:apt-3:i-helg',
    fromParagraph: 5,
    fromDate: '2019-03-18',
    answer: 'Bemanningen ökas från april.',
    escalatedFromMeetingId: 'apt-3',
    escalatedFromDate: '2019-03-04',
  },
};
const negotiating: AgendaItem = {
  itemId: 'negotiation:apt-3:i-org',
  title: 'Ny organisation',
  kind: 'beslut',
  proposer: employer,
  origin: {
    kind: 'deferred',
    fromGroupId: 'g-apt',
    fromMeetingId: 'apt-3',
    fromItemId: 'i-org',
    fromParagraph: 6,
    fromDate: '2019-03-04',
    reason: NEGOTIATION_PENDING_REASON,
  },
};
const plainlyDeferred: AgendaItem = {
  ...negotiating,
  itemId: 'i-later',
  origin: { ...negotiating.origin, reason: 'Tiden räckte inte' } as AgendaItem['origin'],
};

describe("a group's escalations in and out", () => {
  it('given questions raised to the parent, then the parent lists them in and the raising group out', () => {
    const parent = stateOf('g-vsg', [raised('i-helg', 'g-apt'), raised('i-annan', 'g-other')]);
    const atParent = escalationOverview('g-vsg', parent, undefined, true);
    expect(atParent.incoming.map(({ title }) => title)).toEqual(['Fråga i-helg', 'Fråga i-annan']);
    expect(atParent.incoming[0]).toMatchObject({
      groupName: 'APT Hemtjänst Norr',
      paragraph: 4,
      date: '2019-03-04',
    });
    const atApt = escalationOverview('g-apt', undefined, parent, true);
    expect(atApt.outgoing).toEqual([
      {
        title: 'Fråga i-helg',
        groupName: 'VSG Hemtjänst',
        paragraph: 4,
        date: '2019-03-04',
        question: 'Kan helgbemanningen ökas?',
      },
    ]);
  });

  it('given the answer back and a pending MBL negotiation, then both wait here; a plain deferral is no escalation', () => {
    const own = stateOf('g-apt', [answered, negotiating, plainlyDeferred]);
    const overview = escalationOverview('g-apt', own, stateOf('g-vsg', []), true);
    expect(overview.answers).toEqual([
      {
        title: 'Bemanning i helgerna',
        groupName: 'VSG Hemtjänst',
        paragraph: 5,
        date: '2019-03-18',
        answer: 'Bemanningen ökas från april.',
      },
    ]);
    expect(overview.negotiations.map(({ title }) => title)).toEqual(['Ny organisation']);
    expect(overview.incoming).toEqual([]);
    expect(overview.outgoing).toEqual([]);
  });

  it("given a confidential question, then its title reaches only the group's members", () => {
    const parent = stateOf('g-vsg', [raised('i-hemlig', 'g-apt', true)]);
    expect(escalationOverview('g-vsg', parent, undefined, true).incoming[0].title).toBe('Fråga i-hemlig');
    expect(escalationOverview('g-vsg', parent, undefined, false).incoming[0].title).toBeUndefined();
    expect(escalationOverview('g-apt', undefined, parent, false).outgoing[0].title).toBeUndefined();
  });
});
