import { Body, Controller, Get, Param, Post, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { StreamVersionETagInterceptor } from '#libs/http';
import type { Principal } from '#libs/identity';
import {
  CloseMeetingCommand,
  type CommandContext,
  GetMeetingHistoryQuery,
  GetMeetingQuery,
  ScheduleMeetingCommand,
} from '../../application/index.js';
import { CommandEndpoint, QueryEndpoint, VALIDATION } from '../api-docs.js';
import { ScheduleMeetingDto } from '../dto/meeting-preparation.dto.js';
import { MeetingChangedDto, ScheduledMeetingDto } from '../dto/responses/command-results.dto.js';
import { MeetingHistoryDto } from '../dto/responses/history.dto.js';
import { MeetingViewDto } from '../dto/responses/meeting-view.dto.js';
import { Caller, CommandCaller } from '../request-context.js';

const M = (code: string) => `MEETING.${code}`;

/**
 * A meeting: scheduling, reading it and its history, closing it (preparation is in
 * MeetingPreparationController, what happens on items in MeetingItemsController). Its group's ordförande, vice ordförande and sekreterare run
 * it; its group's members, its justerare and HR read it (drafts included).
 */
@ApiTags('meetings')
@Controller('api')
@UseInterceptors(StreamVersionETagInterceptor)
export class MeetingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('groups/:groupId/meetings')
  @CommandEndpoint({
    summary:
      'Schedule a meeting of the group: allocates its protocol number and proposes the returning items',
    description:
      'Deferred items of the previous meeting and open follow-ups due by the meeting date come back on ' +
      'the agenda proposal (agenda version 0), each with its origin.',
    stream: 'MEETING',
    response: ScheduledMeetingDto,
    created: true,
    notFound: ['GROUP.NOT_FOUND'],
    conflicts: [
      M('ENDS_BEFORE_START'),
      M('LOCATION_REQUIRED'),
      'ORGANISATION.NOT_CREATED',
      'GROUP.MEETING_ALREADY_NUMBERED',
      'VALIDATION.INVALID_INSTANT',
      ...VALIDATION.TEXT,
    ],
  })
  schedule(
    @CommandCaller() context: CommandContext,
    @Param('groupId') groupId: string,
    @Body() body: ScheduleMeetingDto,
  ) {
    const { startsAt, endsAt, place, videoLink, dnr } = body;
    return this.commands.execute(
      new ScheduleMeetingCommand(context, groupId, { startsAt, endsAt, place, videoLink, dnr }),
    );
  }

  @Get('meetings/:meetingId')
  @QueryEndpoint({
    summary: "A meeting's current state, drafts included",
    response: MeetingViewDto,
    notFound: [M('NOT_FOUND')],
  })
  get(@Caller() principal: Principal, @Param('meetingId') meetingId: string) {
    return this.queries.execute(new GetMeetingQuery(principal, meetingId));
  }

  @Get('meetings/:meetingId/history')
  @QueryEndpoint({
    summary: 'Every fact recorded on the meeting, in order, with who and when',
    response: MeetingHistoryDto,
    notFound: [M('NOT_FOUND')],
  })
  history(@Caller() principal: Principal, @Param('meetingId') meetingId: string) {
    return this.queries.execute(new GetMeetingHistoryQuery(principal, meetingId));
  }

  @Post('meetings/:meetingId/close')
  @CommandEndpoint({
    summary: 'Close the meeting: fixes the § numbers and makes protocol revision 1',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      M('CLOSED_BEFORE_START'),
      M('EMPTY_AGENDA'),
      M('OPEN_ITEMS'),
      M('ATTENDANCE_NOT_RECORDED'),
      M('NO_JUSTERARE'),
    ],
  })
  close(@CommandCaller() context: CommandContext, @Param('meetingId') meetingId: string) {
    return this.commands.execute(new CloseMeetingCommand(context, meetingId, {}));
  }
}
