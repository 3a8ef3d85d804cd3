import {
  stockholmDate,
  stockholmDateTime,
  stockholmTime,
  stockholmTimeRange,
  swedishDayMonthYear,
  swedishLongDate,
  tableDate,
} from './swedish-dates.js';

describe('Swedish dates', () => {
  it('writes a date in prose with "den" and the month in lower case', () => {
    expect(swedishLongDate('2019-02-25')).toBe('den 25 februari 2019');
    expect(swedishLongDate('2019-05-01')).toBe('den 1 maj 2019');
    expect(swedishLongDate('2020-12-31')).toBe('den 31 december 2020');
    expect(swedishDayMonthYear('2019-08-09')).toBe('9 augusti 2019');
  });

  it('refuses what is not a YYYY-MM-DD date rather than printing nonsense', () => {
    expect(() => swedishLongDate('25/2/2019')).toThrow(RangeError);
    expect(() => swedishLongDate('2019-13-01')).toThrow(RangeError);
    expect(() => swedishLongDate('2019-02-30')).toThrow(RangeError);
    expect(() => stockholmTime('inte en tid')).toThrow(RangeError);
  });

  it('shows UTC instants in Stockholm winter time (UTC+1) with a point between hour and minute', () => {
    expect(stockholmTime('2019-02-25T07:30:00Z')).toBe('08.30');
    expect(stockholmDate('2019-02-25T07:30:00Z')).toBe('2019-02-25');
    expect(stockholmDateTime('2019-02-25T07:30:00Z')).toBe('2019-02-25 kl. 08.30');
    expect(stockholmTimeRange('2019-02-25T07:30:00Z', '2019-02-25T09:00:00Z')).toBe('08.30–10.00');
  });

  it('follows summer time (UTC+2) and moves the date past midnight', () => {
    expect(stockholmTime('2019-06-10T12:05:00Z')).toBe('14.05');
    expect(stockholmDateTime('2019-06-25T22:30:00Z')).toBe('2019-06-26 kl. 00.30');
  });

  it('takes Date objects as well as ISO strings', () => {
    expect(stockholmDateTime(new Date('2019-02-25T13:00:00Z'))).toBe('2019-02-25 kl. 14.00');
  });

  it('keeps a table date as YYYY-MM-DD and gives an instant its date in Stockholm', () => {
    expect(tableDate('2019-03-25')).toBe('2019-03-25');
    expect(tableDate('2019-12-31T23:30:00Z')).toBe('2020-01-01');
    expect(() => tableDate('2019-02-30')).toThrow(RangeError);
  });
});
