import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { IsoDate } from '#libs/shared-kernel';
import type { FigureCounts, OverviewFilter } from '../../domain/index.js';

type Named = { unitId: string; name: string } | null;

export interface FollowUpFigures {
  today: IsoDate;
  totals: FigureCounts;
  /** By förvaltning name (a group of no known unit last, as null). */
  byForvaltning: ({ forvaltning: Named } & FigureCounts)[];
  /** By month of the due date (YYYY-MM), oldest first. */
  byMonth: ({ month: string } & FigureCounts)[];
  /** The chart's numbers: the overdue per förvaltning and month of the due date. */
  overdueByForvaltningAndMonth: { forvaltning: Named; month: string; overdue: number }[];
}

/** The overview's figures for the same filters (and the same readers) as GetFollowUpOverviewQuery. */
export class GetFollowUpFiguresQuery extends Query<FollowUpFigures> {
  constructor(
    readonly principal: Principal,
    readonly filter: OverviewFilter,
  ) {
    super();
  }
}
