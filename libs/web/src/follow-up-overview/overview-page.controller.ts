import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError } from '#libs/ddd';
import {
  FOLLOW_UP_OVERVIEW_ERROR,
  type FollowUpFigures,
  type FollowUpOverviewPage,
  GetFollowUpFiguresQuery,
  GetFollowUpOverviewQuery,
  GetOverviewOptionsQuery,
} from '#libs/follow-ups';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';
import {
  type OverviewField,
  readOverviewFilters,
  UNKNOWN_VALUE,
  DUE_RANGE_REVERSED,
} from './overview-filters.js';
import {
  overviewErrorSummary,
  overviewFiguresModel,
  overviewFormModel,
  overviewListModel,
} from './overview-page.js';

const STALE_CURSOR =
  'Sidan finns inte längre (listan har ändrats eller länken är fel). Börja om från första sidan.';

/**
 * /uppfoljningsoversikt: HR's overview of the follow-ups across every group, through the same
 * queries as GET /api/follow-ups/overview and its figures (HR and admins the whole organisation,
 * anyone else their own groups'; confidential actions for the group's members only). Filters are a
 * GET form; the list goes on with "Nästa sida" (keyset); the CSV link is the API's export with the
 * same filters. A filter that is wrong, or names what the organisation does not have, is said at
 * its field and in the error summary, and nothing is listed (400).
 */
@ApiExcludeController()
@Controller('uppfoljningsoversikt')
@UseFilters(PageExceptionFilter)
export class FollowUpOverviewPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  async show(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const principal = request.principal;
    if (!principal) throw new Error('the guard let an anonymous request through');
    const { form, filter, paging, errors } = readOverviewFilters(query);
    const options = await this.queries.execute(new GetOverviewOptionsQuery(principal));
    let page: FollowUpOverviewPage | null = null;
    let figures: FollowUpFigures | null = null;
    let cursorError: string | null = null;
    if (Object.keys(errors).length === 0) {
      try {
        [page, figures] = await Promise.all([
          this.queries.execute(new GetFollowUpOverviewQuery(principal, filter, paging)),
          this.queries.execute(new GetFollowUpFiguresQuery(principal, filter)),
        ]);
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
        if (error.code === FOLLOW_UP_OVERVIEW_ERROR.INVALID_CURSOR) cursorError = STALE_CURSOR;
        else if (error.code === FOLLOW_UP_OVERVIEW_ERROR.INVALID_DUE_RANGE) errors.dueTo = DUE_RANGE_REVERSED;
        else if (error.code === FOLLOW_UP_OVERVIEW_ERROR.UNKNOWN_FILTER_VALUE) {
          const field = error.details['field'] as OverviewField;
          errors[field] = UNKNOWN_VALUE[field];
        } else throw error;
      }
    }
    const errorSummary = overviewErrorSummary(errors, cursorError);
    response
      .status(errorSummary ? 400 : 200)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        this.renderer.render('uppfoljningsoversikt', {
          title: 'Uppföljningsöversikt',
          signedIn: signedInHeaderOf(request),
          errorSummary,
          done: null,
          form: overviewFormModel(form, options, errors),
          figures: figures && page ? overviewFiguresModel(figures) : null,
          list: page ? overviewListModel(page, form, paging.cursor !== undefined) : null,
        }),
      );
  }
}
