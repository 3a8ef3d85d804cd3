import { stockholmDateTime, stockholmTime, swedishLongDate, tableDate } from './swedish-dates.js';

describe('dates as the documents print them', () => {
  it('writes a date in prose with "den" and the month in lower case', () => {
    expect(swedishLongDate('2019-02-25')).toBe('den 25 februari 2019');
    expect(swedishLongDate('2019-05-01')).toBe('den 1 maj 2019');
    expect(swedishLongDate('2020-12-31')).toBe('den 31 december 2020');
  });

  it('keeps a table date as YYYY-MM-DD', () => {
    expect(tableDate('2019-03-25')).toBe('2019-03-25');
  });

  it('refuses what is not a real date rather than printing nonsense', () => {
    expect(() => swedishLongDate('25/2/2019')).toThrow(RangeError);
    expect(() => swedishLongDate('2019-13-01')).toThrow(RangeError);
    expect(() => swedishLongDate('2019-02-30')).toThrow(RangeError);
    expect(() => tableDate('2019-02-30')).toThrow(RangeError);
    expect(() => stockholmTime('inte en tid')).toThrow(RangeError);
  });

  it('shows an instant in Stockholm winter time (UTC+1) with a point between hour and minute', () => {
    expect(stockholmTime('2019-02-25T07:30:00Z')).toBe('08.30');
    expect(stockholmDateTime('2019-02-25T07:30:00Z')).toBe('2019-02-25 kl. 08.30');
  });

  it('follows summer time (UTC+2)', () => {
    expect(stockholmTime('2019-06-10T12:05:00Z')).toBe('14.05');
  });

  it('moves 23.30 UTC on New Year’s Eve to the next day and year in Stockholm', () => {
    expect(tableDate('2019-12-31T23:30:00Z')).toBe('2020-01-01');
    expect(stockholmDateTime('2019-12-31T23:30:00Z')).toBe('2020-01-01 kl. 00.30');
  });
});
