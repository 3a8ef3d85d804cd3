import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { IsoDate } from '#libs/shared-kernel';
import type { OverviewFilter, OverviewSort } from '../../domain/index.js';
import type { OverviewRow } from '../../projections/follow-up-overview/index.js';

export interface FollowUpOverviewPage {
  /** The Stockholm date days overdue are counted on. */
  today: IsoDate;
  /** Every row the filter matches, not only this page's. */
  total: number;
  rows: OverviewRow[];
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
}

export interface OverviewPaging {
  sort?: OverviewSort;
  cursor?: string;
  /** Rows per page (default 50). */
  limit?: number;
}

/**
 * HR's overview: every follow-up of the organisation (HR and admins) or of the reader's groups,
 * filtered, in keyset pages, open and most overdue first, with the total the filter matches.
 */
export class GetFollowUpOverviewQuery extends Query<FollowUpOverviewPage> {
  constructor(
    readonly principal: Principal,
    readonly filter: OverviewFilter,
    readonly paging: OverviewPaging = {},
  ) {
    super();
  }
}
