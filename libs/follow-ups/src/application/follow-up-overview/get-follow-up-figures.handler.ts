import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { sumFigures } from '../../domain/index.js';
import {
  readOverviewFigureCells,
  readOverviewFigureCellsByMonth,
} from '../../projections/follow-up-overview/index.js';
import { type FollowUpFigures, GetFollowUpFiguresQuery } from './get-follow-up-figures.query.js';
import { OverviewReaders } from './overview-readers.js';

@QueryHandler(GetFollowUpFiguresQuery)
export class GetFollowUpFiguresHandler implements IQueryHandler<GetFollowUpFiguresQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readers: OverviewReaders,
  ) {}

  async execute({ principal, filter }: GetFollowUpFiguresQuery): Promise<FollowUpFigures> {
    await this.readers.requireKnownValues(principal.tenantId, filter);
    const [scope, today] = [await this.readers.scopeOf(principal), this.readers.today()];
    const [cells, units] = await Promise.all([
      // The whole organisation's from the month counts; a reader's own groups, a group's or a
      // person's (a few hundred rows at most) from the follow-ups themselves.
      scope.groupIds === null && !filter.groupId && !filter.responsibleId
        ? readOverviewFigureCellsByMonth(this.dataSource.manager, principal.tenantId, filter, today)
        : readOverviewFigureCells(this.dataSource.manager, principal.tenantId, filter, scope, today),
      this.dataSource.query(
        'SELECT unit_id, name FROM rm_follow_up_overview_units WHERE tenant_id = $1 AND unit_id = forvaltning_id',
        [principal.tenantId],
      ) as Promise<{ unit_id: string; name: string }[]>,
    ]);
    const names = new Map(units.map((unit) => [unit.unit_id, unit.name]));
    const named = (unitId: string | null) =>
      unitId === null ? null : { unitId, name: names.get(unitId) ?? unitId };
    const summed = sumFigures(cells);
    const byName = (a: { forvaltningId: string | null }, b: { forvaltningId: string | null }) =>
      a.forvaltningId === null
        ? 1
        : b.forvaltningId === null
          ? -1
          : (named(a.forvaltningId)?.name ?? '').localeCompare(named(b.forvaltningId)?.name ?? '', 'sv');
    return {
      today,
      totals: summed.totals,
      byForvaltning: [...summed.byForvaltning]
        .sort(byName)
        .map(({ forvaltningId, ...counts }) => ({ forvaltning: named(forvaltningId), ...counts })),
      byMonth: summed.byMonth,
      overdueByForvaltningAndMonth: summed.overdueByForvaltningAndMonth.map(
        ({ forvaltningId, month, overdue }) => ({ forvaltning: named(forvaltningId), month, overdue }),
      ),
    };
  }
}
