import { SWEDISH_MONTHS } from '#libs/documents';
import type { FollowUpFigures } from '#libs/follow-ups';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
/** How many months the chart shows, today's the last; overdue from before them are one column, "Äldre". */
export const CHART_MONTHS = 12;
/** Series colours (site.css .chart-series-N): each at least 3:1 against the white background. */
export const SERIES_COLOURS = 8;

const WIDTH = 640;
const HEIGHT = 300;
const PLOT = { left: 44, right: 8, top: 16, bottom: 252 };

export interface OverdueChart {
  title: string;
  description: string;
  viewBox: string;
  axis: { x1: number; x2: number; y: number };
  ticks: { y: number; labelY: number; label: string }[];
  columns: {
    label: string;
    year: string;
    labelX: number;
    total: number;
    totalY: number;
    segments: { x: number; y: number; width: number; height: number; colour: string }[];
  }[];
  legend: { name: string; colour: string }[];
  /** The same numbers as a table: one row per förvaltning, one column per month, with totals. */
  table: {
    headers: string[];
    rows: { name: string; cells: number[]; total: number }[];
    totals: number[];
    total: number;
  };
  empty: boolean;
}

/** YYYY-MM of the month `back` months before the month of `today`. */
function monthBefore(today: string, back: number): string {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 - back];
  const date = new Date(Date.UTC(year, month, 1));
  return date.toISOString().slice(0, 7);
}

const monthLabel = (month: string) => MONTHS[Number(month.slice(5, 7)) - 1] ?? month;
export const monthName = (month: string) =>
  `${SWEDISH_MONTHS[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;

/** A round step for the y axis that gives about four ticks. */
function stepFor(max: number): number {
  const rough = Math.max(1, max / 4);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? rough;
  return Math.max(1, Math.round(step));
}

/**
 * The overdue per förvaltning and month of the due date as a stacked bar chart: the last
 * CHART_MONTHS months up to today's, and "Äldre" for all before them, one colour per förvaltning;
 * and the same numbers as the table beside it. Geometry is computed here: the template only
 * writes it out (Handlebars does no arithmetic).
 */
export function overdueChart(figures: FollowUpFigures): OverdueChart {
  const months = Array.from({ length: CHART_MONTHS }, (_, i) =>
    monthBefore(figures.today, CHART_MONTHS - 1 - i),
  );
  const first = months[0]!;
  const columnOf = (month: string) => (month < first ? 0 : months.indexOf(month) + 1);
  const series = figures.byForvaltning
    .filter((row) => row.overdue > 0)
    .map((row, index) => ({
      key: row.forvaltning?.unitId ?? null,
      name: row.forvaltning?.name ?? 'Utan förvaltning',
      colour: `chart-series-${index % SERIES_COLOURS}`,
    }));
  const counts = series.map(() => Array.from({ length: CHART_MONTHS + 1 }, () => 0));
  for (const cell of figures.overdueByForvaltningAndMonth) {
    const column = columnOf(cell.month);
    const index = series.findIndex((s) => s.key === (cell.forvaltning?.unitId ?? null));
    if (column < 0 || index < 0) continue;
    counts[index]![column]! += cell.overdue;
  }
  const totals = Array.from({ length: CHART_MONTHS + 1 }, (_, column) =>
    counts.reduce((sum, row) => sum + row[column]!, 0),
  );
  const max = Math.max(0, ...totals);
  const step = stepFor(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const plotHeight = PLOT.bottom - PLOT.top;
  const scale = (n: number) => (n / top) * plotHeight;
  const slot = (WIDTH - PLOT.left - PLOT.right) / (CHART_MONTHS + 1);
  const barWidth = Math.round(slot * 0.64);
  const labels = ['Äldre', ...months.map(monthLabel)];
  const years = [
    '',
    ...months.map((month, i) => (i === 0 || month.endsWith('-01') ? month.slice(0, 4) : '')),
  ];
  const columns = labels.map((label, column) => {
    const x = Math.round(PLOT.left + column * slot + (slot - barWidth) / 2);
    let y = PLOT.bottom;
    const segments = series.flatMap((s, index) => {
      const n = counts[index]![column]!;
      if (n === 0) return [];
      const height = Math.max(1, Math.round(scale(n)));
      y -= height;
      return [{ x, y, width: barWidth, height, colour: s.colour }];
    });
    return {
      label,
      year: years[column]!,
      labelX: Math.round(x + barWidth / 2),
      total: totals[column]!,
      totalY: y - 4,
      segments,
    };
  });
  const ticks = [];
  for (let value = 0; value <= top; value += step) {
    const y = Math.round(PLOT.bottom - scale(value));
    ticks.push({ y, labelY: y + 4, label: value.toLocaleString('sv-SE') });
  }
  const total = totals.reduce((sum, n) => sum + n, 0);
  const period = `${monthName(first)}–${monthName(months[months.length - 1]!)}`;
  return {
    title: 'Försenade uppföljningar per förvaltning och månad',
    description:
      total === 0
        ? `Inga försenade uppföljningar med förfallodatum ${period} eller tidigare.`
        : `Staplat stapeldiagram över ${total.toLocaleString('sv-SE')} försenade uppföljningar efter den månad de ` +
          `skulle vara klara, ${period}, och äldre i en egen stapel, en färg per förvaltning ` +
          `(${series.map((s) => s.name).join(', ')}). Flest i ${labels[totals.indexOf(max)] === 'Äldre' ? 'de äldre' : monthName(['', ...months][totals.indexOf(max)]!)}: ` +
          `${max.toLocaleString('sv-SE')}. Samma siffror finns i tabellen efter diagrammet.`,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    axis: { x1: PLOT.left, x2: WIDTH - PLOT.right, y: PLOT.bottom },
    ticks,
    columns,
    legend: series.map(({ name, colour }) => ({ name, colour })),
    table: {
      headers: ['Äldre', ...months.map(monthName)],
      rows: series.map((s, index) => ({
        name: s.name,
        cells: counts[index]!,
        total: counts[index]!.reduce((sum, n) => sum + n, 0),
      })),
      totals,
      total,
    },
    empty: total === 0,
  };
}
