import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { type OverviewOptions, readOverviewOptions } from '../../projections/follow-up-overview/index.js';
import { GetOverviewOptionsQuery } from './get-overview-options.query.js';
import { OverviewReaders } from './overview-readers.js';

@QueryHandler(GetOverviewOptionsQuery)
export class GetOverviewOptionsHandler implements IQueryHandler<GetOverviewOptionsQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readers: OverviewReaders,
  ) {}

  async execute({ principal, peopleLimit }: GetOverviewOptionsQuery): Promise<OverviewOptions> {
    const scope = await this.readers.scopeOf(principal);
    return readOverviewOptions(this.dataSource.manager, principal.tenantId, scope.groupIds, peopleLimit);
  }
}
