import type { FollowUpFigures } from '#libs/follow-ups';
import { CHART_MONTHS, overdueChart } from './overdue-chart.js';

const counts = {
  open: 0,
  overdue: 0,
  completedOnTime: 0,
  completedLate: 0,
  cancelled: 0,
  overdue0to30: 0,
  overdue31to90: 0,
  overdueOver90: 0,
};
const soc = { unitId: 'u-soc', name: 'Socialförvaltningen' };
const bun = { unitId: 'u-bun', name: 'Barn- och utbildningsförvaltningen' };

const figures = (cells: FollowUpFigures['overdueByForvaltningAndMonth']): FollowUpFigures => ({
  today: '2019-04-01',
  totals: counts,
  byForvaltning: [
    { forvaltning: bun, ...counts, overdue: 1 },
    { forvaltning: soc, ...counts, overdue: 1 },
  ],
  byMonth: [],
  overdueByForvaltningAndMonth: cells,
});

describe('the overdue chart', () => {
  const chart = overdueChart(
    figures([
      { forvaltning: bun, month: '2017-11', overdue: 4 },
      { forvaltning: bun, month: '2018-03', overdue: 2 },
      { forvaltning: bun, month: '2019-03', overdue: 5 },
      { forvaltning: soc, month: '2019-03', overdue: 2 },
      { forvaltning: soc, month: '2018-05', overdue: 1 },
    ]),
  );

  it('has the last twelve months up to today’s and one column for all before them', () => {
    expect(chart.columns).toHaveLength(CHART_MONTHS + 1);
    expect(chart.columns.map((column) => column.label)).toEqual([
      'Äldre',
      'maj',
      'jun',
      'jul',
      'aug',
      'sep',
      'okt',
      'nov',
      'dec',
      'jan',
      'feb',
      'mar',
      'apr',
    ]);
    expect(chart.columns[1]!.year).toBe('2018');
    expect(chart.columns[9]!.year).toBe('2019');
    expect(chart.table.headers[1]).toBe('maj 2018');
  });

  it('puts the same numbers in the bars and the table, per förvaltning and in total', () => {
    expect(chart.table.rows).toEqual([
      { name: bun.name, cells: [6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0], total: 11 },
      { name: soc.name, cells: [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0], total: 3 },
    ]);
    expect(chart.table.totals[11]).toBe(7);
    expect(chart.table.total).toBe(14);
    expect(chart.columns.map((column) => column.total)).toEqual(chart.table.totals);
    // March stacks two segments, the tallest bar reaching the top tick.
    const march = chart.columns[11]!;
    expect(march.segments.map((segment) => segment.colour)).toEqual(['chart-series-0', 'chart-series-1']);
    const top = Math.min(...chart.ticks.map((tick) => tick.y));
    expect(Math.min(...march.segments.map((segment) => segment.y))).toBeGreaterThanOrEqual(top);
    expect(chart.legend).toEqual([
      { name: bun.name, colour: 'chart-series-0' },
      { name: soc.name, colour: 'chart-series-1' },
    ]);
  });

  it('describes itself in words, and says when there is nothing overdue', () => {
    expect(chart.description).toContain('14 försenade uppföljningar');
    expect(chart.description).toContain('maj 2018–april 2019');
    expect(chart.description).toContain('Flest i mars 2019: 7');
    const none = overdueChart(figures([]));
    expect(none.empty).toBe(true);
    expect(none.description).toMatch(/^Inga försenade uppföljningar/);
    expect(none.ticks.map((tick) => tick.label)).toEqual(['0', '1']);
  });
});
