import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { ListGroupsQuery } from '#libs/groups';
import { sendPage } from '../administration/admin-form.js';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';
import { groupRows } from './group-rows.js';

/** /grupper: the groups the signed-in person may read (ListGroupsQuery, as GET /api/groups). */
@ApiExcludeController()
@Controller('grupper')
@UseFilters(PageExceptionFilter)
export class GroupsListController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  async show(@Req() request: PageRequest, @Res() response: Response): Promise<void> {
    const principal = request.principal;
    if (!principal) throw new Error('the guard let an anonymous request through');
    const groups = await this.queries.execute(new ListGroupsQuery(principal));
    sendPage(
      response,
      200,
      this.renderer.render('grupper', {
        title: 'Grupper',
        signedIn: signedInHeaderOf(request),
        groups: groupRows(groups),
      }),
    );
  }
}
