import { cellsOfMonthCounts, monthsByDay } from './figure-months.js';
import { type FigureCell, type FigureCounts, sumFigures } from './figures.js';
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

describe('summing the figures', () => {
  const cell = (forvaltningId: string | null, month: string, counts: Partial<FigureCounts>): FigureCell => ({
    forvaltningId,
    month,
    open: 0,
    overdue: 0,
    completedOnTime: 0,
    completedLate: 0,
    cancelled: 0,
    overdue0to30: 0,
    overdue31to90: 0,
    overdueOver90: 0,
    ...counts,
  });

  it('gives totals, per förvaltning, per month (oldest first) and the overdue matrix', () => {
    const figures = sumFigures([
      cell('soc', '2019-03', { open: 3, overdue: 2, overdue0to30: 2, completedOnTime: 1 }),
      cell('bun', '2019-01', { open: 1, overdue: 1, overdueOver90: 1, completedLate: 2 }),
      cell('soc', '2019-01', { cancelled: 1, completedLate: 1 }),
    ]);
    expect(figures.totals).toMatchObject({
      open: 4,
      overdue: 3,
      completedOnTime: 1,
      completedLate: 3,
      cancelled: 1,
      overdue0to30: 2,
      overdueOver90: 1,
    });
    expect(
      figures.byForvaltning.map(({ forvaltningId, open, completedLate }) => [
        forvaltningId,
        open,
        completedLate,
      ]),
    ).toEqual([
      ['soc', 3, 1],
      ['bun', 1, 2],
    ]);
    expect(figures.byMonth.map(({ month, overdue }) => [month, overdue])).toEqual([
      ['2019-01', 1],
      ['2019-03', 2],
    ]);
    expect(figures.overdueByForvaltningAndMonth).toEqual([
      { forvaltningId: 'bun', month: '2019-01', overdue: 1 },
      { forvaltningId: 'soc', month: '2019-03', overdue: 2 },
    ]);
  });

  it('is all zeros with no rows', () => {
    expect(sumFigures([])).toEqual({
      totals: expect.objectContaining({ open: 0, overdue: 0 }),
      byForvaltning: [],
      byMonth: [],
      overdueByForvaltningAndMonth: [],
    });
  });
});

describe('months counted by day', () => {
  it('are today’s, those of the ageing limits and of the range’s ends, once each', () => {
    expect(monthsByDay('2019-04-01', {})).toEqual(['2019-01-01', '2019-03-01', '2019-04-01']);
    expect(monthsByDay('2019-04-20', { dueFrom: '2019-04-02', dueTo: '2019-06-30' })).toEqual([
      '2019-01-01',
      '2019-03-01',
      '2019-04-01',
      '2019-06-01',
    ]);
  });

  it('turn the counts of other months into cells: overdue before today’s month, aged by the month', () => {
    const cells = cellsOfMonthCounts(
      [
        { forvaltningId: 'soc', month: '2019-02-01', statusRank: 0, onTime: false, n: 3 },
        { forvaltningId: 'soc', month: '2019-02-01', statusRank: 1, onTime: true, n: 2 },
        { forvaltningId: 'soc', month: '2018-10-01', statusRank: 0, onTime: false, n: 1 },
        { forvaltningId: null, month: '2019-06-01', statusRank: 0, onTime: false, n: 4 },
        { forvaltningId: null, month: '2019-06-01', statusRank: 2, onTime: false, n: 1 },
      ],
      '2019-04-01',
    );
    expect(cells).toEqual([
      expect.objectContaining({
        forvaltningId: 'soc',
        month: '2019-02',
        open: 3,
        overdue: 3,
        overdue31to90: 3,
        completedOnTime: 2,
      }),
      expect.objectContaining({
        forvaltningId: 'soc',
        month: '2018-10',
        open: 1,
        overdue: 1,
        overdueOver90: 1,
      }),
      expect.objectContaining({ forvaltningId: null, month: '2019-06', open: 4, overdue: 0, cancelled: 1 }),
    ]);
  });
});
