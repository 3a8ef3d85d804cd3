import { ageingBucketOf, completedOnTime, daysBetween, daysOverdue } from './overdue.js';
import { neutralisedCell } from './csv-cells.js';

describe('days overdue, reckoned on a Stockholm date', () => {
  it('counts whole days past the due date, across a month and a leap day', () => {
    expect(daysBetween('2019-02-25', '2019-03-01')).toBe(4);
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2019-03-31', '2019-03-30')).toBe(-1);
    // The change to summer time (31 March 2019) does not make a day of 23 hours count short.
    expect(daysBetween('2019-03-30', '2019-04-01')).toBe(2);
  });

  it('is null for an open follow-up due today or later, and for a closed one', () => {
    expect(daysOverdue('open', '2019-03-01', '2019-03-01')).toBeNull();
    expect(daysOverdue('open', '2019-03-02', '2019-03-01')).toBeNull();
    expect(daysOverdue('open', '2019-02-28', '2019-03-01')).toBe(1);
    expect(daysOverdue('completed', '2019-01-01', '2019-03-01')).toBeNull();
    expect(daysOverdue('cancelled', '2019-01-01', '2019-03-01')).toBeNull();
  });
});

describe('ageing buckets', () => {
  it('puts 1–30 days in 0–30, 31–90 in 31–90 and the rest over 90', () => {
    expect([1, 30, 31, 90, 91, 400].map(ageingBucketOf)).toEqual([
      '0-30',
      '0-30',
      '31-90',
      '31-90',
      'over-90',
      'over-90',
    ]);
  });
});

describe('completed on time', () => {
  it('is on time on the due date itself and late the day after', () => {
    expect(completedOnTime('2019-03-25', '2019-03-25')).toBe(true);
    expect(completedOnTime('2019-03-20', '2019-03-25')).toBe(true);
    expect(completedOnTime('2019-03-26', '2019-03-25')).toBe(false);
  });
});

describe('a CSV cell', () => {
  it('is prefixed with an apostrophe when a spreadsheet would read it as a formula', () => {
    expect(['=SUM(A1)', '+46 8', '-1', '@cmd', '\tx', '\rx'].map(neutralisedCell)).toEqual([
      "'=SUM(A1)",
      "'+46 8",
      "'-1",
      "'@cmd",
      "'\tx",
      "'\rx",
    ]);
  });

  it('is left as it is otherwise, å ä ö and inner signs included', () => {
    expect(['Åtgärd = plan', 'Örjan', '2019-03-01', ''].map(neutralisedCell)).toEqual([
      'Åtgärd = plan',
      'Örjan',
      '2019-03-01',
      '',
    ]);
  });
});
