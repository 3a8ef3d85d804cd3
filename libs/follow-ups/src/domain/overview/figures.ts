/** The counts of one förvaltning in one month of the due date, as the read model sums them. */
export interface FigureCell extends FigureCounts {
  forvaltningId: string | null;
  /** YYYY-MM of the due date. */
  month: string;
}

export interface FigureCounts {
  open: number;
  /** Open and past the due date (a part of `open`). */
  overdue: number;
  completedOnTime: number;
  completedLate: number;
  cancelled: number;
  /** The overdue by how long past the due date: 1–30, 31–90 and over 90 days. */
  overdue0to30: number;
  overdue31to90: number;
  overdueOver90: number;
}

export interface SummedFigures {
  totals: FigureCounts;
  /** Per förvaltning (null: a group whose unit is not known), in the order first met. */
  byForvaltning: ({ forvaltningId: string | null } & FigureCounts)[];
  /** Per month of the due date, oldest first. */
  byMonth: ({ month: string } & FigureCounts)[];
  /** The overdue per förvaltning and month (only where there are some), by month then förvaltning. */
  overdueByForvaltningAndMonth: { forvaltningId: string | null; month: string; overdue: number }[];
}

/** Every count at zero: where a sum starts, and an empty cell. */
export const ZERO_COUNTS: FigureCounts = {
  open: 0,
  overdue: 0,
  completedOnTime: 0,
  completedLate: 0,
  cancelled: 0,
  overdue0to30: 0,
  overdue31to90: 0,
  overdueOver90: 0,
};
const COUNT_KEYS = Object.keys(ZERO_COUNTS) as (keyof FigureCounts)[];

function added(sum: FigureCounts, cell: FigureCounts): FigureCounts {
  const next = { ...sum };
  for (const key of COUNT_KEYS) next[key] += cell[key];
  return next;
}

/** Sums the cells into totals, per förvaltning, per month and the overdue matrix of the chart. */
export function sumFigures(cells: readonly FigureCell[]): SummedFigures {
  let totals = { ...ZERO_COUNTS };
  const byForvaltning = new Map<string | null, FigureCounts>();
  const byMonth = new Map<string, FigureCounts>();
  for (const cell of cells) {
    totals = added(totals, cell);
    byForvaltning.set(cell.forvaltningId, added(byForvaltning.get(cell.forvaltningId) ?? ZERO_COUNTS, cell));
    byMonth.set(cell.month, added(byMonth.get(cell.month) ?? ZERO_COUNTS, cell));
  }
  return {
    totals,
    byForvaltning: [...byForvaltning].map(([forvaltningId, counts]) => ({ forvaltningId, ...counts })),
    byMonth: [...byMonth]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, counts]) => ({ month, ...counts })),
    overdueByForvaltningAndMonth: cells
      .filter((cell) => cell.overdue > 0)
      .map(({ forvaltningId, month, overdue }) => ({ forvaltningId, month, overdue }))
      .sort(
        (a, b) =>
          a.month.localeCompare(b.month) || String(a.forvaltningId).localeCompare(String(b.forvaltningId)),
      ),
  };
}
