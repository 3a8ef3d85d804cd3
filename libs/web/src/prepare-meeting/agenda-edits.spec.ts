import type { AgendaEntryView } from '#libs/meetings';
import { defaultProtocolForm } from '#libs/shared-kernel';
import { applyAgendaEdit, chairsAgendaOf } from './agenda-edits.js';

const EMPLOYER = { side: 'employer' } as const;
const VISION = { side: 'union', organisation: 'Vision' } as const;
const entry = (
  itemId: string,
  kind: AgendaEntryView['kind'],
  extra: Partial<AgendaEntryView> = {},
): AgendaEntryView => ({
  itemId,
  title: `Punkt ${itemId}`,
  kind,
  proposer: EMPLOYER,
  records: { protokollsanteckningar: [], followUps: [] },
  ...extra,
});
const FORM = defaultProtocolForm(['FSG']);
const ids = (change: { items: { itemId: string }[] }) => change.items.map(({ itemId }) => itemId);

describe('agenda edits from the preparation forms', () => {
  const agenda = [
    entry('a', 'information'),
    entry('b', 'dialog'),
    entry('c', 'information'),
    entry('c1', 'information', { parentItemId: 'c' }),
    entry('u', 'dialog', { proposer: VISION }),
  ];

  it('moves an item past its neighbour in the same section, skipping the items of other sections', () => {
    expect(ids(applyAgendaEdit(agenda, { kind: 'move', itemId: 'c', direction: 'up' }, FORM))).toEqual([
      'c',
      'b',
      'a',
      'c1',
      'u',
    ]);
    expect(ids(applyAgendaEdit(agenda, { kind: 'move', itemId: 'b', direction: 'down' }, FORM))).toEqual([
      'a',
      'u',
      'c',
      'c1',
      'b',
    ]);
  });

  it('leaves the first item where it is when moved up', () => {
    expect(ids(applyAgendaEdit(agenda, { kind: 'move', itemId: 'a', direction: 'up' }, FORM))).toEqual([
      'a',
      'b',
      'c',
      'c1',
      'u',
    ]);
  });

  it('removes an item with its sub-items, and gives the reason for each when there is one', () => {
    const change = applyAgendaEdit(agenda, { kind: 'remove', itemId: 'c', reason: 'Tas upp i LSG.' }, FORM);
    expect(ids(change)).toEqual(['a', 'b', 'u']);
    expect(change.removals).toEqual([
      { itemId: 'c', reason: 'Tas upp i LSG.' },
      { itemId: 'c1', reason: 'Tas upp i LSG.' },
    ]);
    expect(applyAgendaEdit(agenda, { kind: 'remove', itemId: 'a', reason: '' }, FORM).removals).toEqual([]);
  });

  it('sends only what a client may set: no origin, records or carry-over marks', () => {
    const returning = entry('r', 'återrapportering', {
      origin: {
        kind: 'follow-up',
        followUpId: 'f',
        fromMeetingId: 'm',
        fromItemId: 'i',
        fromDate: '2019-02-04',
        dueDate: '2019-02-25',
      },
      carryOver: 'on-agenda',
    });
    expect(applyAgendaEdit([returning], { kind: 'move', itemId: 'r', direction: 'up' }, FORM).items).toEqual([
      { itemId: 'r', title: 'Punkt r', kind: 'återrapportering', proposer: EMPLOYER },
    ]);
  });

  it('takes a proposed returning item onto the chairs’ agenda, after it', () => {
    const live = [entry('a', 'information'), entry('r', 'återrapportering', { carryOver: 'proposed' })];
    expect(chairsAgendaOf(live).map(({ itemId }) => itemId)).toEqual(['a']);
    expect(ids(applyAgendaEdit(live, { kind: 'accept', itemId: 'r' }, FORM))).toEqual(['a', 'r']);
    expect(() => applyAgendaEdit(live, { kind: 'accept', itemId: 'a' }, FORM)).toThrow(RangeError);
  });

  it('leaves out the items the last kallelse sent that are gone from the agenda', () => {
    const live = [
      entry('a', 'information'),
      entry('g', 'dialog', { carryOver: 'withdrawn', sinceKallelse: 'withdrawn' }),
    ];
    expect(ids(applyAgendaEdit(live, { kind: 'move', itemId: 'a', direction: 'down' }, FORM))).toEqual(['a']);
  });

  it('keeps an item’s AML 6:9 topic through the edits of other items', () => {
    const tagged = [
      entry('a', 'information', { workEnvironmentTopic: 'foretagshalsovard' }),
      entry('b', 'information'),
    ];
    const change = applyAgendaEdit(tagged, { kind: 'move', itemId: 'b', direction: 'up' }, FORM);
    expect(change.items.find(({ itemId }) => itemId === 'a')).toMatchObject({
      workEnvironmentTopic: 'foretagshalsovard',
    });
  });
});
