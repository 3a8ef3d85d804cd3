import { Body, Controller, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandCaller } from '#libs/groups';
import { StreamVersionETagInterceptor } from '#libs/http';
import { type CommandContext, CommandEndpoint, VALIDATION, toPerson } from '#libs/shared-kernel';
import { AddOvrigFragaCommand } from '../../application/add-ovrig-fraga/add-ovrig-fraga.command.js';
import { ProposeAgendaItemCommand } from '../../application/propose-agenda-item/propose-agenda-item.command.js';
import { RunMeetingCommand } from '../../application/run-meeting-command/run-meeting-command.js';
import { SetAgendaCommand } from '../../application/set-agenda/set-agenda.command.js';
import { MEETING_ERROR } from '../../domain/index.js';
import {
  toAgendaItem,
  toAttendanceEntry,
  toJusterare,
  toOvrigFraga,
  toProposedItem,
  toRemoval,
} from '../dto/meeting-mappers.js';
import {
  AppointJusterareDto,
  IssueKallelseDto,
  ProposeAgendaItemDto,
  RecordAttendanceDto,
  SetAgendaDto,
} from '../dto/meeting-preparation.dto.js';
import { OvrigFragaDto } from '../dto/meeting-recording.dto.js';
import {
  AgendaItemProposedDto,
  MeetingChangedDto,
  OvrigFragaAddedDto,
} from '../dto/responses/command-results.dto.js';

/** Before and at the start of a meeting: agenda, kallelse, attendance, justerare, övriga frågor. */
@ApiTags('meetings')
@Controller('api')
@UseInterceptors(StreamVersionETagInterceptor)
export class MeetingPreparationController {
  constructor(private readonly commands: CommandBus) {}

  @Put('meetings/:meetingId/agenda')
  @CommandEndpoint({
    summary: 'Set or amend the ordered agenda (the whole list)',
    description:
      'An item left out is taken off the agenda. An item a union organisation put there (MBL §12) is ' +
      'taken off only with a reason in `removals` (MEETING.REMOVAL_REASON_REQUIRED otherwise); the ' +
      'meeting keeps it in `removedItems`, where the proposer reads it. A reason for an item the new agenda keeps ' +
      'is refused (MEETING.REMOVAL_OF_KEPT_ITEM).',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      MEETING_ERROR.CLOSED,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.DUPLICATE_ITEM_ID,
      MEETING_ERROR.ITEM_ALREADY_RECORDED,
      MEETING_ERROR.REMOVAL_REASON_REQUIRED,
      MEETING_ERROR.REMOVAL_OF_KEPT_ITEM,
      MEETING_ERROR.INVALID_ESTIMATE,
      ...VALIDATION.TEXT,
      MEETING_ERROR.UNKNOWN_SECTION,
      MEETING_ERROR.UNKNOWN_PARENT_ITEM,
      MEETING_ERROR.INVALID_SUB_ITEM,
      ...VALIDATION.PARTY,
      MEETING_ERROR.UNKNOWN_PRESENTER,
    ],
  })
  setAgenda(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: SetAgendaDto,
  ) {
    return this.commands.execute(
      new SetAgendaCommand(context, meetingId, body.items.map(toAgendaItem), body.removals?.map(toRemoval)),
    );
  }

  @Post('meetings/:meetingId/agenda/proposals')
  @CommandEndpoint({
    summary: 'Propose an item for the agenda (MBL §12): a union member, for their own organisation',
    description:
      "The item is added at the end of the agenda as a new agenda version. Its proposer is the caller's " +
      'party from their membership of the group (the body cannot name another); the union members of ' +
      'the group may propose, and the ordförande, vice ordförande and sekreterare, who also set the whole agenda.',
    stream: 'MEETING',
    response: AgendaItemProposedDto,
    created: true,
    conflicts: [
      MEETING_ERROR.CLOSED,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.DUPLICATE_ITEM_ID,
      MEETING_ERROR.INVALID_ESTIMATE,
      ...VALIDATION.TEXT,
      ...VALIDATION.PARTY,
      MEETING_ERROR.UNKNOWN_PRESENTER,
    ],
  })
  proposeAgendaItem(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: ProposeAgendaItemDto,
  ) {
    return this.commands.execute(new ProposeAgendaItemCommand(context, meetingId, toProposedItem(body)));
  }

  @Post('meetings/:meetingId/kallelse')
  @CommandEndpoint({
    summary: 'Issue the kallelse: the current agenda to its recipients',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      MEETING_ERROR.CLOSED,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.EMPTY_AGENDA,
      MEETING_ERROR.NO_RECIPIENTS,
    ],
  })
  issueKallelse(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: IssueKallelseDto,
  ) {
    return this.commands.execute(
      new RunMeetingCommand(context, meetingId, 'IssueKallelse', {
        recipients: body.recipients.map(toPerson),
      }),
    );
  }

  @Put('meetings/:meetingId/attendance')
  @CommandEndpoint({
    summary: 'Record who is present, absent or substituting (the whole list)',
    description:
      'A substitute (ersättare) stands in for an absent member of their own party: the employer, or the ' +
      'same union organisation (MEETING.SUBSTITUTE_PARTY_MISMATCH otherwise).',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      MEETING_ERROR.CLOSED,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.NO_ATTENDEES,
      MEETING_ERROR.DUPLICATE_ATTENDEE,
      MEETING_ERROR.SUBSTITUTE_FOR_UNKNOWN_PERSON,
      MEETING_ERROR.SUBSTITUTE_FOR_PRESENT_PERSON,
      MEETING_ERROR.ABSENT_SUBSTITUTE,
      MEETING_ERROR.ALREADY_REPLACED,
      MEETING_ERROR.SUBSTITUTE_PARTY_MISMATCH,
      MEETING_ERROR.JUSTERARE_NOT_PRESENT,
      MEETING_ERROR.JUSTERARE_PARTY_MISMATCH,
      MEETING_ERROR.ATTENDEE_PARTY_REQUIRED,
      MEETING_ERROR.NO_FORMAL_PARTIES,
      ...VALIDATION.PARTY,
      MEETING_ERROR.ACCOUNT_REQUIRED,
    ],
  })
  recordAttendance(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: RecordAttendanceDto,
  ) {
    return this.commands.execute(
      new RunMeetingCommand(context, meetingId, 'RecordAttendance', {
        attendees: body.attendees.map(toAttendanceEntry),
      }),
    );
  }

  @Put('meetings/:meetingId/justerare')
  @CommandEndpoint({
    summary: 'Appoint the justerare: one for the employer, one or more for the unions',
    description:
      "As the meeting's justering (the group's setting when it was scheduled) says: parties, one for " +
      'the employer and one or more for the unions; employer (an APT), one for the employer alone ' +
      '(MEETING.EMPLOYER_JUSTERING_ONLY otherwise); off (an APT by default), none: MEETING.JUSTERING_OFF.',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      MEETING_ERROR.JUSTERING_OFF,
      MEETING_ERROR.EMPLOYER_JUSTERING_ONLY,
      MEETING_ERROR.CLOSED,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.ATTENDANCE_NOT_RECORDED,
      MEETING_ERROR.EMPLOYER_JUSTERARE_REQUIRED,
      MEETING_ERROR.UNION_JUSTERARE_REQUIRED,
      MEETING_ERROR.DUPLICATE_JUSTERARE,
      MEETING_ERROR.JUSTERARE_NOT_PRESENT,
      MEETING_ERROR.JUSTERARE_PARTY_MISMATCH,
      ...VALIDATION.PARTY,
      MEETING_ERROR.FEDERATION_JUSTERING_OFF,
      MEETING_ERROR.NOT_IN_FEDERATION,
      ...VALIDATION.FEDERATION,
    ],
  })
  appointJusterare(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: AppointJusterareDto,
  ) {
    return this.commands.execute(
      new RunMeetingCommand(context, meetingId, 'AppointJusterare', {
        justerare: body.justerare.map(toJusterare),
      }),
    );
  }

  @Post('meetings/:meetingId/ovriga-fragor')
  @CommandEndpoint({
    summary: 'Add an övrig fråga at the end of the agenda',
    description:
      'The chairs and the sekreterare add one for any party; a union member of the group for their own ' +
      'organisation only (403 for another proposer).',
    stream: 'MEETING',
    response: OvrigFragaAddedDto,
    created: true,
    notFound: [MEETING_ERROR.NOT_FOUND],
    conflicts: [
      MEETING_ERROR.CLOSED,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.DUPLICATE_ITEM_ID,
      MEETING_ERROR.INVALID_ESTIMATE,
      ...VALIDATION.PARTY,
      MEETING_ERROR.UNKNOWN_PRESENTER,
    ],
  })
  addOvrigFraga(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: OvrigFragaDto,
  ) {
    return this.commands.execute(new AddOvrigFragaCommand(context, meetingId, toOvrigFraga(body)));
  }
}
