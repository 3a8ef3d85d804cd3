import { DomainError } from '#libs/ddd';
import { deepEqual, definedOnly } from './objects.js';
import { stockholmDate } from './stockholm-date.js';
import { isValidIsoDate, isValidUtcInstant, requireParty, requireText } from './validation.js';

describe('strict dates (YYYY-MM-DD)', () => {
  it.each(['2019-02-25', '2020-02-29', '2000-02-29', '2019-12-31', '2019-04-30'])('%s exists', (date) => {
    expect(isValidIsoDate(date)).toBe(true);
  });

  it.each([
    '2019-02-30',
    '2019-02-29',
    '1900-02-29',
    '2019-04-31',
    '2019-13-01',
    '2019-00-10',
    '2019-01-00',
    '2019-2-5',
    '25/02/2019',
    '',
    20190225,
  ])('%p is refused', (date) => {
    expect(isValidIsoDate(date)).toBe(false);
  });
});

describe('UTC instants', () => {
  it.each(['2019-02-25T08:00:00Z', '2019-02-25T08:00Z', '2019-02-25T08:00:00.123Z'])(
    '%s is accepted',
    (instant) => {
      expect(isValidUtcInstant(instant)).toBe(true);
    },
  );

  it.each([
    '2019-02-30T08:00:00Z',
    '2019-02-25T08:00:00',
    '2019-02-25T08:00:00+01:00',
    '2019-02-25T08:60:00Z',
    '2019-02-25',
  ])('%s is refused', (instant) => {
    expect(isValidUtcInstant(instant)).toBe(false);
  });
});

describe('the meeting date in Europe/Stockholm', () => {
  it.each([
    ['2019-02-25T08:00:00Z', '2019-02-25'],
    ['2019-02-25T23:30:00Z', '2019-02-26'],
    ['2019-06-30T22:30:00Z', '2019-07-01'],
    ['2019-06-30T21:30:00Z', '2019-06-30'],
  ])('%s is on %s', (instant, date) => {
    expect(stockholmDate(instant)).toBe(date);
  });
});

describe('text and parties', () => {
  it('text is trimmed and å ä ö survive', () => {
    expect(requireText('  Åsa på Ängö  ', 'text')).toBe('Åsa på Ängö');
  });

  it('an employer party drops any organisation it was given', () => {
    expect(requireParty({ side: 'employer', organisation: 'x' } as never, [], 'party')).toEqual({
      side: 'employer',
    });
  });

  it('an unknown side is refused with VALIDATION.INVALID_VALUE', () => {
    expect(() => requireParty({ side: 'staten' } as never, [], 'party')).toThrow(DomainError);
  });
});

describe('plain-data helpers', () => {
  it('definedOnly drops undefined keys only', () => {
    expect(Object.keys(definedOnly({ a: 1, b: undefined, c: null, d: '' }))).toEqual(['a', 'c', 'd']);
  });

  it('deepEqual ignores key order and undefined keys, not values', () => {
    expect(deepEqual({ a: 1, b: [{ c: 'å' }] }, { b: [{ c: 'å' }], a: 1, d: undefined })).toBe(true);
    expect(deepEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual(undefined, { a: 1 })).toBe(false);
  });
});
