import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { countOverviewFor, readOverviewPage } from '../../projections/follow-up-overview/index.js';
import { decodeCursor, encodeCursor } from './overview-cursor.js';
import { type FollowUpOverviewPage, GetFollowUpOverviewQuery } from './get-follow-up-overview.query.js';
import { OverviewReaders } from './overview-readers.js';

export const OVERVIEW_PAGE_SIZE = 50;

@QueryHandler(GetFollowUpOverviewQuery)
export class GetFollowUpOverviewHandler implements IQueryHandler<GetFollowUpOverviewQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readers: OverviewReaders,
  ) {}

  async execute({ principal, filter, paging }: GetFollowUpOverviewQuery): Promise<FollowUpOverviewPage> {
    const sort = paging.sort ?? 'due';
    const after = paging.cursor === undefined ? undefined : decodeCursor(paging.cursor, sort);
    await this.readers.requireKnownValues(principal.tenantId, filter);
    const [scope, today] = [await this.readers.scopeOf(principal), this.readers.today()];
    const db = this.dataSource.manager;
    const [page, total] = await Promise.all([
      readOverviewPage(db, principal.tenantId, filter, scope, today, {
        sort,
        after,
        limit: paging.limit ?? OVERVIEW_PAGE_SIZE,
      }),
      countOverviewFor(db, principal.tenantId, filter, scope, today),
    ]);
    return {
      today,
      total,
      rows: page.rows,
      nextCursor: page.next === null ? null : encodeCursor(sort, page.next),
    };
  }
}
