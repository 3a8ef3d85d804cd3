import { pipeline } from 'node:stream/promises';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller } from '#libs/groups';
import { ApiProblems, REQUEST_ERROR } from '#libs/http';
import type { Principal } from '#libs/identity';
import { AUTH, definedOnly } from '#libs/shared-kernel';
import { FollowUpOverviewExport } from '../../application/follow-up-overview/follow-up-overview-export.js';
import { GetFollowUpFiguresQuery } from '../../application/follow-up-overview/get-follow-up-figures.query.js';
import { GetFollowUpOverviewQuery } from '../../application/follow-up-overview/get-follow-up-overview.query.js';
import { FOLLOW_UP_OVERVIEW_ERROR } from '../../domain/index.js';
import {
  FollowUpOverviewExportQueryDto,
  FollowUpOverviewFilterDto,
  FollowUpOverviewQueryDto,
} from '../dto/follow-up-overview-query.dto.js';
import { FollowUpFiguresDto, FollowUpOverviewPageDto } from '../dto/follow-up-overview-response.dto.js';

const WHO =
  'HR and admins see every follow-up of the organisation; anyone else the follow-ups of the groups they are ' +
  'an active member of. A confidential follow-up keeps its action and closing note for the group’s active ' +
  'members (HR is none as such: `omitted`).';
const FILTER_PROBLEMS = [
  REQUEST_ERROR.INVALID,
  FOLLOW_UP_OVERVIEW_ERROR.UNKNOWN_FILTER_VALUE,
  FOLLOW_UP_OVERVIEW_ERROR.INVALID_DUE_RANGE,
];

/**
 * HR's overview of the follow-ups across every group (issue 12): filtered keyset pages with the
 * total, the figures, and the CSV export, all from the follow-up-overview read model. Registered
 * before FollowUpsController, whose `:followUpId` would otherwise take `overview` for an id.
 */
@ApiTags('follow-ups')
@Controller('api/follow-ups/overview')
export class FollowUpOverviewController {
  constructor(
    private readonly queries: QueryBus,
    private readonly exporter: FollowUpOverviewExport,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'HR’s overview: every follow-up, open and most overdue first, in keyset pages with the total',
    description:
      `${WHO} Filters: förvaltning, level, group, the responsible’s organisation, the responsible, status ` +
      '(overdue: open and past the due date, counted on today in Europe/Stockholm) and a due-date range. ' +
      'A filter naming something the organisation does not have is 400 FOLLOW_UP.UNKNOWN_FILTER_VALUE. ' +
      'Pages follow `nextCursor`; every order puts the open ones first.',
  })
  @ApiResponse({ status: 200, type: FollowUpOverviewPageDto })
  @ApiProblems({ ...AUTH, 400: [...FILTER_PROBLEMS, FOLLOW_UP_OVERVIEW_ERROR.INVALID_CURSOR] })
  list(@Caller() principal: Principal, @Query() query: FollowUpOverviewQueryDto) {
    const { sort, cursor, limit, ...filter } = query;
    return this.queries.execute(
      new GetFollowUpOverviewQuery(principal, definedOnly(filter), definedOnly({ sort, cursor, limit })),
    );
  }

  @Get('figures')
  @ApiOperation({
    summary: 'The overview’s figures: open, overdue, completed on time and late, per förvaltning and month',
    description:
      `${WHO} The same filters as the overview. Months are those of the due date; the overdue are also ` +
      'counted by age (0–30, 31–90 and over 90 days past the due date) and per förvaltning and month (the chart).',
  })
  @ApiResponse({ status: 200, type: FollowUpFiguresDto })
  @ApiProblems({ ...AUTH, 400: FILTER_PROBLEMS })
  getFollowUpFigures(@Caller() principal: Principal, @Query() query: FollowUpOverviewFilterDto) {
    return this.queries.execute(new GetFollowUpFiguresQuery(principal, definedOnly({ ...query })));
  }

  @Get('export.csv')
  @ApiOperation({
    summary: 'The overview as CSV for Excel (UTF-8 with BOM, semicolons), every row the filters match',
    description:
      `${WHO} Streamed as it is read, in one consistent moment. Cells a spreadsheet would run as a ` +
      "formula (starting with = + - @) are prefixed with '. More rows than FOLLOW_UP_EXPORT_MAX_ROWS " +
      '(default 500,000) is 400 FOLLOW_UP.EXPORT_TOO_LARGE before anything is written.',
  })
  @ApiProduces('text/csv')
  @ApiResponse({
    status: 200,
    description: 'The CSV file',
    content: { 'text/csv': { schema: { type: 'string' } } },
    headers: { 'X-Total-Count': { description: 'Rows in the file', schema: { type: 'integer' } } },
  })
  @ApiProblems({ ...AUTH, 400: [...FILTER_PROBLEMS, FOLLOW_UP_OVERVIEW_ERROR.EXPORT_TOO_LARGE] })
  async exportFollowUpOverview(
    @Caller() principal: Principal,
    @Query() query: FollowUpOverviewExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const { sort, ...filter } = query;
    const file = await this.exporter.open(principal, definedOnly(filter), sort);
    response
      .status(200)
      .setHeader('Content-Type', 'text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="${file.filename}"`)
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('X-Total-Count', String(file.rows));
    // A client that goes away ends the pipeline: the batches stop and the transaction ends.
    await pipeline(file.body, response).catch(() => undefined);
  }
}
