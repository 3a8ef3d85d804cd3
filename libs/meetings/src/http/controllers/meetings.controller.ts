import { Body, Controller, Get, Param, Post, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Caller, CommandCaller, GROUP_ERROR, ORGANISATION_ERROR } from '#libs/groups';
import { OperationId, StreamVersionETagInterceptor } from '#libs/http';
import type { Principal } from '#libs/identity';
import {
  type CommandContext,
  definedOnly,
  VALIDATION_ERROR,
  CommandEndpoint,
  QueryEndpoint,
  VALIDATION,
  MeetingHistoryDto,
} from '#libs/shared-kernel';
import { GetMeetingHistoryQuery } from '../../application/get-meeting-history/get-meeting-history.query.js';
import { GetMeetingQuery } from '../../application/get-meeting/get-meeting.query.js';
import { RunMeetingCommand } from '../../application/run-meeting-command/run-meeting-command.js';
import { ScheduleMeetingCommand } from '../../application/schedule-meeting/schedule-meeting.command.js';
import { MEETING_ERROR } from '../../domain/index.js';
import {
  CancelMeetingDto,
  RescheduleMeetingDto,
  ScheduleMeetingDto,
} from '../dto/meeting-preparation.dto.js';
import { CloseMeetingDto } from '../dto/meeting-protocol.dto.js';
import { MeetingChangedDto, ScheduledMeetingDto } from '../dto/responses/command-results.dto.js';
import { MeetingViewDto } from '../dto/responses/meeting-view.dto.js';

/** The audience rule of the documents, on the two read paths of the meeting itself. */
const CONFIDENTIAL_ITEMS =
  'Active members of the group see confidential items in full. Everyone else who may read the meeting ' +
  '(HR, a justerare from outside the group) sees such an item with its id, kind, proposer and § and ' +
  '`records.confidential.omitted: true`, but with an empty title and none of its records.';

/**
 * A meeting: scheduling, moving and cancelling it, reading it and its history, closing it (preparation is in
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
    notFound: [GROUP_ERROR.NOT_FOUND],
    conflicts: [
      MEETING_ERROR.ENDS_BEFORE_START,
      MEETING_ERROR.LOCATION_REQUIRED,
      ORGANISATION_ERROR.NOT_CREATED,
      GROUP_ERROR.MEETING_ALREADY_NUMBERED,
      VALIDATION_ERROR.INVALID_INSTANT,
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

  @Post('meetings/:meetingId/reschedule')
  @CommandEndpoint({
    summary: 'Move the meeting to a new time and place (before anything is recorded on its items)',
    description:
      'The place and video link sent replace the earlier ones. The same time and place again records ' +
      'nothing. The protocol number stays, so the meeting cannot move into another calendar year.',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      MEETING_ERROR.CLOSED,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.UNDER_WAY,
      MEETING_ERROR.ENDS_BEFORE_START,
      MEETING_ERROR.LOCATION_REQUIRED,
      MEETING_ERROR.RESCHEDULED_TO_ANOTHER_YEAR,
      VALIDATION_ERROR.INVALID_INSTANT,
      ...VALIDATION.TEXT,
    ],
  })
  reschedule(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: RescheduleMeetingDto,
  ) {
    const { startsAt, endsAt, place, videoLink } = body;
    const move = definedOnly({ startsAt, endsAt, place, videoLink });
    return this.commands.execute(new RunMeetingCommand(context, meetingId, 'RescheduleMeeting', move));
  }

  @Post('meetings/:meetingId/cancel')
  @CommandEndpoint({
    summary: 'Cancel the meeting, with the reason (before anything is recorded on its items)',
    description:
      'Nothing more is recorded on a cancelled meeting (409 MEETING.CANCELLED); cancelling again records ' +
      'nothing. It keeps its protocol number. Its deferred items, due follow-ups and new agenda items ' +
      'return on the agenda proposal of the next meeting scheduled.',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [MEETING_ERROR.CLOSED, MEETING_ERROR.UNDER_WAY, ...VALIDATION.TEXT],
  })
  cancel(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: CancelMeetingDto,
  ) {
    return this.commands.execute(
      new RunMeetingCommand(context, meetingId, 'CancelMeeting', { reason: body.reason }),
    );
  }

  @Get('meetings/:meetingId')
  @QueryEndpoint({
    summary: "A meeting's current state, drafts included",
    description: CONFIDENTIAL_ITEMS,
    response: MeetingViewDto,
    notFound: [MEETING_ERROR.NOT_FOUND],
  })
  get(@Caller() principal: Principal, @Param('meetingId') meetingId: string) {
    return this.queries.execute(new GetMeetingQuery(principal, meetingId));
  }

  @Get('meetings/:meetingId/history')
  @OperationId('getMeetingHistory')
  @QueryEndpoint({
    summary: 'Every fact recorded on the meeting, in order, with who and when',
    description:
      `${CONFIDENTIAL_ITEMS} In the history, an event about such an item keeps its type, item id, who ` +
      'and when; its data says `omitted: true` instead of the rest (a correction keeps which record it corrected).',
    response: MeetingHistoryDto,
    notFound: [MEETING_ERROR.NOT_FOUND],
  })
  history(@Caller() principal: Principal, @Param('meetingId') meetingId: string) {
    return this.queries.execute(new GetMeetingHistoryQuery(principal, meetingId));
  }

  @Post('meetings/:meetingId/close')
  @CommandEndpoint({
    summary:
      'Close the meeting: fixes the § numbers, gives the protocol number and makes protocol revision 1',
    description:
      'Every item must be handled or deferred (MEETING.OPEN_ITEMS), and every beslut and förhandling ' +
      'item must have its decision recorded unless deferred (MEETING.UNDECIDED_ITEMS). Needs the ' +
      'justerare appointed (MEETING.NO_JUSTERARE), except at a meeting without justering (an APT by ' +
      'default), whose notes are final, and published to the unit’s employees, as it closes. The ' +
      "meeting takes the next number of its year's series on the group (PUT /api/groups/{groupId}/" +
      'protocol-number-series/{year}), so numbers follow the meetings as held. startedAt/endedAt say ' +
      'when the meeting was really held: the documents print them, and the closing time separately ' +
      'as when the protocol was made.',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      MEETING_ERROR.CLOSED_BEFORE_START,
      MEETING_ERROR.EMPTY_AGENDA,
      MEETING_ERROR.OPEN_ITEMS,
      MEETING_ERROR.UNDECIDED_ITEMS,
      MEETING_ERROR.ATTENDANCE_NOT_RECORDED,
      MEETING_ERROR.NO_JUSTERARE,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.ENDED_BEFORE_STARTED,
      MEETING_ERROR.HELD_ON_ANOTHER_DAY,
      MEETING_ERROR.HELD_TIME_AFTER_CLOSING,
      MEETING_ERROR.INVALID_HELD_TIME,
    ],
  })
  close(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: CloseMeetingDto,
  ) {
    const held = definedOnly({ startedAt: body.startedAt, endedAt: body.endedAt });
    return this.commands.execute(new RunMeetingCommand(context, meetingId, 'CloseMeeting', held));
  }
}
