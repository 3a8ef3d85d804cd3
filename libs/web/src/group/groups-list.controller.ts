import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { sendPage } from '../administration/admin-form.js';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';
import { groupRows } from './group-rows.js';
import { readGroupsListPage } from './groups-list-page.js';

/**
 * /grupper: the groups the signed-in person may read (ListGroupsQuery, as GET /api/groups), a page
 * of GROUP_PAGE at a time by name with "Nästa sida". A page that is not the whole list says how
 * many it shows; someone in a few groups sees them all on one page, with no paging.
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
    const { groups, parents, paging } = await readGroupsListPage(this.queries, principal, cursor, '/grupper');
    sendPage(
      response,
      paging.stale ? 400 : 200,
      this.renderer.render('grupper', {
        title: 'Grupper',
        signedIn: signedInHeaderOf(request),
        groups: groupRows(groups, undefined, parents),
        paging,
      }),
    );
  }
}
