import { canonicalJson, sameJson } from './canonical-json.js';

describe('sameJson: the answer canonicalJson(a) === canonicalJson(b) gives, without writing either', () => {
  const agendaItem = {
    itemId: 'follow-up:fu-1',
    title: 'Återrapportering: enkät',
    origin: { kind: 'follow-up', fromParagraph: 6, dueDate: '2019-04-15' },
    followUp: { reports: [{ text: 'Pågår', at: '2019-03-01T10:00:00Z' }], reschedules: [] },
  };
  const pairs: [string, unknown, unknown][] = [
    ['the same object', agendaItem, agendaItem],
    [
      'a copy with its keys in another order',
      agendaItem,
      Object.fromEntries(Object.entries(agendaItem).reverse()),
    ],
    ['a key set to undefined and one left out', { a: 1, b: undefined }, { a: 1 }],
    ['a report more', agendaItem, { ...agendaItem, followUp: { reports: [], reschedules: [] } }],
    ['another number', { n: 1 }, { n: 2 }],
    ['a number and its text', { n: 1 }, { n: '1' }],
    ['a key more', { a: 1 }, { a: 1, b: null }],
    ['null and an empty object', null, {}],
    ['an empty array and an empty object', [], {}],
    ['arrays in another order', [1, 2], [2, 1]],
    ['a longer array', [1], [1, 1]],
    ['å, ä and ö', { title: 'Årsplanering för äldreomsorg' }, { title: 'Årsplanering för äldreomsorg' }],
    ['nested arrays of objects', [{ a: [{ b: 1 }] }], [{ a: [{ b: 1 }] }]],
    ['nested arrays of objects that differ deep down', [{ a: [{ b: 1 }] }], [{ a: [{ b: 2 }] }]],
  ];

  it.each(pairs)('%s', (_, a, b) => {
    expect(sameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
    expect(sameJson(b, a)).toBe(canonicalJson(a) === canonicalJson(b));
  });
});
