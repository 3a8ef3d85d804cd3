import { Body, Controller, Param, Post, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { FOLLOW_UP_ERROR, FollowUpChangedDto } from '#libs/follow-ups';
import { CommandCaller } from '#libs/groups';
import { StreamVersionETagInterceptor } from '#libs/http';
import { type CommandContext, CommandEndpoint, definedOnly, VALIDATION } from '#libs/shared-kernel';
import { ReportFollowUpCommand } from '../../application/report-follow-up/report-follow-up.command.js';
import { MEETING_ERROR } from '../../domain/index.js';
import { ReportFollowUpDto } from '../dto/follow-up-report.dto.js';

/**
 * Återrapportering: the responsible person (or the group's chairs) reports back on a follow-up in a
 * meeting of its group. It lives with meetings, not follow-ups, because the report is checked
 * against the meeting it names (its group, its agenda, not cancelled); follow-ups know no meetings.
 */
@ApiTags('follow-ups')
@Controller('api/follow-ups')
@UseInterceptors(StreamVersionETagInterceptor)
export class FollowUpReportsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':followUpId/reports')
  @CommandEndpoint({
    summary: 'Report back on the action in a meeting of the group (återrapportering)',
    stream: 'FOLLOW_UP',
    response: FollowUpChangedDto,
    notFound: [FOLLOW_UP_ERROR.NOT_FOUND, MEETING_ERROR.NOT_FOUND],
    conflicts: [
      FOLLOW_UP_ERROR.COMPLETED,
      FOLLOW_UP_ERROR.CANCELLED,
      FOLLOW_UP_ERROR.MEETING_OF_ANOTHER_GROUP,
      MEETING_ERROR.ITEM_NOT_ON_AGENDA,
      MEETING_ERROR.CANCELLED,
      ...VALIDATION.TEXT,
    ],
  })
  report(
    @CommandCaller() context: CommandContext,
    @Param('followUpId') followUpId: string,
    @Body() body: ReportFollowUpDto,
  ) {
    const report = definedOnly({ meetingId: body.meetingId, itemId: body.itemId, text: body.text });
    return this.commands.execute(new ReportFollowUpCommand(context, followUpId, report));
  }
}
