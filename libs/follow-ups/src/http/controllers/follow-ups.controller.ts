import { Body, Controller, Get, Param, Post, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Caller, CommandCaller } from '#libs/groups';
import { keysetPage, StreamVersionETagInterceptor } from '#libs/http';
import type { Principal } from '#libs/identity';
import {
  type CommandContext,
  definedOnly,
  VALIDATION_ERROR,
  CommandEndpoint,
  QueryEndpoint,
  VALIDATION,
  ReasonDto,
} from '#libs/shared-kernel';
import { CancelFollowUpCommand } from '../../application/cancel-follow-up/cancel-follow-up.command.js';
import { CompleteFollowUpCommand } from '../../application/complete-follow-up/complete-follow-up.command.js';
import { GetFollowUpQuery } from '../../application/get-follow-up/get-follow-up.query.js';
import { ListFollowUpsQuery } from '../../application/list-follow-ups/list-follow-ups.query.js';
import { RescheduleFollowUpCommand } from '../../application/reschedule-follow-up/reschedule-follow-up.command.js';
import { FOLLOW_UP_PAGE, FollowUpListItemDto, ListFollowUpsQueryDto } from '../dto/follow-up-list.dto.js';
import { FOLLOW_UP_LIST_CURSOR } from '../../application/list-follow-ups/list-cursor.js';
import { CompleteFollowUpDto, RescheduleFollowUpDto } from '../dto/follow-up.dto.js';
import { FollowUpChangedDto } from '../dto/responses/command-results.dto.js';
import { FollowUpViewDto } from '../dto/responses/follow-up-view.dto.js';
import { FOLLOW_UP_ERROR, FOLLOW_UP_OVERVIEW_ERROR } from '../../domain/index.js';

/**
 * Follow-ups opened by follow-up dates in meetings. The group's chairs manage them; the responsible
 * person may complete them; members, the responsible and HR read them. Reporting back in a meeting
 * (återrapportering) checks the meeting, so that endpoint lives with meetings
 * (FollowUpReportsController).
 */
@ApiTags('follow-ups')
@Controller('api/follow-ups')
@UseInterceptors(StreamVersionETagInterceptor)
export class FollowUpsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @QueryEndpoint({
    summary: 'Follow-ups with filters, soonest due first, with days left or overdue',
    description:
      'HR sees every follow-up of the organisation; others see those of their groups and those they are responsible for. ' +
      `A page of \`limit\` rows (${FOLLOW_UP_PAGE} by default, 5,000 at most), soonest due first; when there are more, ` +
      'the Link header has the next page (`rel="next"`, the same filters with a cursor). For the whole organisation ' +
      'with the total, the figures and a CSV export, use GET /api/follow-ups/overview.',
    response: [FollowUpListItemDto],
    versioned: false,
    paged: { invalidCursor: FOLLOW_UP_OVERVIEW_ERROR.INVALID_CURSOR },
  })
  async list(
    @Caller() principal: Principal,
    @Query() query: ListFollowUpsQueryDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { meetingId, groupId, cursor, limit = FOLLOW_UP_PAGE, ...rest } = query;
    const filter = definedOnly({
      ...rest,
      originMeetingId: meetingId,
      groupIds: groupId ? [groupId] : undefined,
      after: cursor === undefined ? undefined : FOLLOW_UP_LIST_CURSOR.decode(cursor),
      // One more than the page: whether there is a next one, without counting.
      limit: limit + 1,
    });
    const rows = await this.queries.execute(new ListFollowUpsQuery(principal, filter));
    return keysetPage(rows, limit, FOLLOW_UP_LIST_CURSOR.encode, request, response);
  }

  @Get(':followUpId')
  @QueryEndpoint({
    summary: 'A follow-up with its reports',
    response: FollowUpViewDto,
    notFound: [FOLLOW_UP_ERROR.NOT_FOUND],
  })
  get(@Caller() principal: Principal, @Param('followUpId') followUpId: string) {
    return this.queries.execute(new GetFollowUpQuery(principal, followUpId));
  }

  @Post(':followUpId/complete')
  @CommandEndpoint({
    summary: 'Complete the follow-up (completing again changes nothing)',
    stream: 'FOLLOW_UP',
    response: FollowUpChangedDto,
    conflicts: [FOLLOW_UP_ERROR.CANCELLED, ...VALIDATION.TEXT],
  })
  complete(
    @CommandCaller() context: CommandContext,
    @Param('followUpId') followUpId: string,
    @Body() body: CompleteFollowUpDto,
  ) {
    return this.commands.execute(new CompleteFollowUpCommand(context, followUpId, body.note));
  }

  @Post(':followUpId/reschedule')
  @CommandEndpoint({
    summary: 'Move the due date, with the reason',
    stream: 'FOLLOW_UP',
    response: FollowUpChangedDto,
    conflicts: [
      FOLLOW_UP_ERROR.COMPLETED,
      FOLLOW_UP_ERROR.CANCELLED,
      FOLLOW_UP_ERROR.SAME_DUE_DATE,
      VALIDATION_ERROR.INVALID_DATE,
      ...VALIDATION.TEXT,
    ],
  })
  reschedule(
    @CommandCaller() context: CommandContext,
    @Param('followUpId') followUpId: string,
    @Body() body: RescheduleFollowUpDto,
  ) {
    return this.commands.execute(
      new RescheduleFollowUpCommand(context, followUpId, {
        newDueDate: body.newDueDate,
        reason: body.reason,
      }),
    );
  }

  @Post(':followUpId/cancel')
  @CommandEndpoint({
    summary: 'Cancel the follow-up with a reason (it is never deleted)',
    stream: 'FOLLOW_UP',
    response: FollowUpChangedDto,
    conflicts: [FOLLOW_UP_ERROR.COMPLETED, ...VALIDATION.TEXT],
  })
  cancel(
    @CommandCaller() context: CommandContext,
    @Param('followUpId') followUpId: string,
    @Body() body: ReasonDto,
  ) {
    return this.commands.execute(new CancelFollowUpCommand(context, followUpId, body.reason));
  }
}
