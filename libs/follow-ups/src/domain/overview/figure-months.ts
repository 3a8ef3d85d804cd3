import type { IsoDate } from '#domain/shared-kernel';
import { type FigureCell, ZERO_COUNTS } from './figures.js';
import { ageingBucketOf, daysBetween } from './overdue.js';
import type { OverviewFilter } from './overview-filter.js';

/** The first day of a date's month: 2019-03-17 → 2019-03-01. */
export const monthOf = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01`;

function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The months whose figures depend on the day of the due date, so they cannot be read from counts
 * per month: today's (overdue or not), those of the ageing limits (31 and 91 days ago) and those
 * of the due-date range's ends. In any other month every follow-up is on the same side of each
 * limit: overdue or not, in one ageing bucket, inside the range or outside it.
 */
export function monthsByDay(today: IsoDate, filter: Pick<OverviewFilter, 'dueFrom' | 'dueTo'>): IsoDate[] {
  const months = [today, addDays(today, -30), addDays(today, -90), filter.dueFrom, filter.dueTo]
    .filter((date): date is IsoDate => date !== undefined)
    .map(monthOf);
  return [...new Set(months)].sort();
}

/** A count of follow-ups in a month wholly on one side of every limit (see monthsByDay). */
export interface MonthCount {
  forvaltningId: string | null;
  /** The first day of the month. */
  month: IsoDate;
  statusRank: number;
  onTime: boolean;
  n: number;
}

/** Counts of whole months as figure cells: a month before today's is overdue, its age the month's. */
export function cellsOfMonthCounts(counts: readonly MonthCount[], today: IsoDate): FigureCell[] {
  const cells = new Map<string, FigureCell>();
  for (const count of counts) {
    const key = `${count.forvaltningId ?? ''}|${count.month}`;
    const cell = cells.get(key) ?? emptyCell(count.forvaltningId, count.month.slice(0, 7));
    const overdue = count.statusRank === 0 && count.month < monthOf(today);
    if (count.statusRank === 0) cell.open += count.n;
    if (count.statusRank === 1) cell[count.onTime ? 'completedOnTime' : 'completedLate'] += count.n;
    if (count.statusRank === 2) cell.cancelled += count.n;
    if (overdue) {
      cell.overdue += count.n;
      const bucket = ageingBucketOf(daysBetween(count.month, today));
      cell[bucket === '0-30' ? 'overdue0to30' : bucket === '31-90' ? 'overdue31to90' : 'overdueOver90'] +=
        count.n;
    }
    cells.set(key, cell);
  }
  return [...cells.values()];
}

const emptyCell = (forvaltningId: string | null, month: string): FigureCell => ({
  forvaltningId,
  month,
  ...ZERO_COUNTS,
});

/** Cells of the same förvaltning and month added together (counted months and day-counted ones). */
export function mergedCells(...lists: readonly (readonly FigureCell[])[]): FigureCell[] {
  const merged = new Map<string, FigureCell>();
  for (const cell of lists.flat()) {
    const key = `${cell.forvaltningId ?? ''}|${cell.month}`;
    const known = merged.get(key);
    if (!known) {
      merged.set(key, { ...cell });
      continue;
    }
    for (const field of [
      'open',
      'overdue',
      'completedOnTime',
      'completedLate',
      'cancelled',
      'overdue0to30',
      'overdue31to90',
      'overdueOver90',
    ] as const) {
      known[field] += cell[field];
    }
  }
  return [...merged.values()];
}
