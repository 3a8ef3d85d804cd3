import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError } from '#libs/ddd';
import {
  GROUP_ERROR,
  GROUP_LIST_CURSOR,
  GROUP_PAGE,
  type GroupView,
  ListGroupsByIdQuery,
  ListGroupsQuery,
} from '#libs/groups';
import type { Principal } from '#libs/identity';
import { sendPage } from '../administration/admin-form.js';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';
import { groupRows } from './group-rows.js';
import { GROUPS_PATH, groupsListPaging, STALE_GROUPS_CURSOR } from './groups-list-page.js';

/**
 * /grupper: the groups the signed-in person may read (ListGroupsQuery, as GET /api/groups), in
 * pages of GROUP_PAGE by name with "Nästa sida" (keyset, the API's cursor): at a national
 * installation an admin or HR reads thousands. A page that is not the whole list says how many it
 * shows; someone in a few groups sees them all on one page, as before.
 */
@ApiExcludeController()
@Controller('grupper')
@UseFilters(PageExceptionFilter)
export class GroupsListController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  async show(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Query('cursor') cursor: unknown,
  ): Promise<void> {
    const principal = request.principal;
    if (!principal) throw new Error('the guard let an anonymous request through');
    const onLaterPage = typeof cursor === 'string' && cursor !== '';
    let rows: GroupView[];
    try {
      const after = onLaterPage ? GROUP_LIST_CURSOR.decode(cursor) : undefined;
      rows = await this.queries.execute(new ListGroupsQuery(principal, { after, limit: GROUP_PAGE + 1 }));
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== GROUP_ERROR.INVALID_CURSOR) throw error;
      return this.send(request, response, 400, {
        groups: [],
        staleCursor: STALE_GROUPS_CURSOR,
        firstHref: GROUPS_PATH,
      });
    }
    const page = rows.slice(0, GROUP_PAGE);
    const paging = groupsListPaging(page, rows.length > GROUP_PAGE, onLaterPage);
    this.send(request, response, 200, {
      groups: groupRows(page, undefined, await this.parentsOf(principal, page)),
      ...paging,
    });
  }

  private send(request: PageRequest, response: Response, status: number, model: object): void {
    sendPage(
      response,
      status,
      this.renderer.render('grupper', { title: 'Grupper', signedIn: signedInHeaderOf(request), ...model }),
    );
  }

  /** The groups above those of the page that are on another page, for their names. */
  private async parentsOf(principal: Principal, page: readonly GroupView[]): Promise<GroupView[]> {
    const onPage = new Set(page.map(({ groupId }) => groupId));
    const elsewhere = [
      ...new Set(page.flatMap(({ parentGroupId }) => (parentGroupId === undefined ? [] : [parentGroupId]))),
    ].filter((groupId) => !onPage.has(groupId));
    return elsewhere.length === 0 ? [] : this.queries.execute(new ListGroupsByIdQuery(principal, elsewhere));
  }
}
