import type { AgendaItem } from '../../domain/index.js';
import { keepKnownOrigins } from './keep-known-origins.js';

const returning: AgendaItem = {
  itemId: 'deferred:m-1:i-tematraff',
  title: 'Fackliga parter återkopplar kring förra tematräffen',
  kind: 'dialog',
  proposer: { side: 'union', organisation: 'Kommunal' },
  origin: {
    kind: 'deferred',
    fromMeetingId: 'm-1',
    fromItemId: 'i-tematraff',
    fromParagraph: 11,
    fromDate: '2019-02-25',
    reason: 'Kommunal deltar inte',
  },
};

describe('keeping the origins of carried-over items when the agenda is set', () => {
  it('keeps the origin of an item that keeps its id, whatever else the client changed', () => {
    const { origin: _origin, ...sent } = returning;
    const [kept] = keepKnownOrigins([{ ...sent, title: 'Återkoppling tematräff' }], [returning]);
    expect(kept).toEqual({ ...returning, title: 'Återkoppling tematräff' });
  });

  it('gives new items no origin', () => {
    const fresh = {
      itemId: 'i-ny',
      title: 'Nytt ärende',
      kind: 'information',
      proposer: { side: 'employer' },
    } as const;
    expect(keepKnownOrigins([fresh], [returning])).toEqual([fresh]);
  });
});
