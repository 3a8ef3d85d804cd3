import type { MeetingEvent } from '../../domain/index.js';
import { closedMeeting, later, meetingId, people } from '../../domain/meeting.fixtures.js';
import { protocolDiff } from './protocol-diff.js';
import { revisionStates } from './revision-states.js';

const revised = (revision: number, text: string): MeetingEvent => ({
  type: 'ProtocolRevised',
  data: {
    meetingId,
    revision,
    revisedBy: people.secretary,
    reason: 'Rättat.',
    corrections: [{ itemId: 'i-beslut', record: 'decision', text }],
    at: later,
  },
});
const events = [
  ...closedMeeting,
  revised(2, 'Uppföljningsdatum dokumenteras i mötets anteckningar och i kallelsen.'),
  revised(3, 'Uppföljningsdatum dokumenteras i kallelsen.'),
];
const states = revisionStates(events);
const between = (from: number, to: number, hidden: ReadonlySet<string> = new Set(), all = false) =>
  protocolDiff(
    meetingId,
    { revision: from, state: states.get(from)! },
    { revision: to, state: states.get(to)! },
    hidden,
    all,
  );

describe('two revisions of a protocol compared per §', () => {
  it('keeps each revision as it was made', () => {
    expect([...states.keys()]).toEqual([1, 2, 3]);
  });

  it('lists only the § that changed, with the words added and removed; å, ä and ö inside words', () => {
    const diff = between(1, 2);
    expect(diff.paragraphs.map(({ paragraph }) => paragraph)).toEqual([6]);
    const [record] = diff.paragraphs[0]!.records;
    expect(record!.before).toBe('Uppföljningsdatum dokumenteras i anteckningarna och i kallelsen.');
    expect(
      record!.segments.filter(({ change }) => change === 'removed').map(({ text }) => text.trim()),
    ).toEqual(['anteckningarna']);
    expect(
      record!.segments.filter(({ change }) => change === 'added').map(({ text }) => text.trim()),
    ).toEqual(['mötets anteckningar']);
    // Read back, each side is its revision's text exactly.
    const side = (drop: string) =>
      record!.segments
        .filter(({ change }) => change !== drop)
        .map(({ text }) => text)
        .join('');
    expect(side('added')).toBe(record!.before);
    expect(side('removed')).toBe(record!.after);
  });

  it('compares any two revisions, later with earlier too, and nothing for the same one', () => {
    expect(between(1, 3).paragraphs).toHaveLength(1);
    expect(between(3, 1).paragraphs[0]!.records[0]!.after).toBe(
      'Uppföljningsdatum dokumenteras i anteckningarna och i kallelsen.',
    );
    expect(between(2, 2).paragraphs).toEqual([]);
    expect(between(2, 2, new Set(), true).paragraphs.map(({ paragraph }) => paragraph)).toEqual([4, 5, 6]);
  });

  it('says of a hidden item only that it changed', () => {
    expect(between(1, 2, new Set(['i-beslut'])).paragraphs).toEqual([
      { itemId: 'i-beslut', paragraph: 6, title: '', omitted: true, records: [] },
    ]);
  });
});
