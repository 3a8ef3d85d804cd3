import { Body, Controller, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { FOLLOW_UP_ERROR } from '#libs/follow-ups';
import { CommandCaller } from '#libs/groups';
import { StreamVersionETagInterceptor } from '#libs/http';
import {
  type CommandContext,
  definedOnly,
  CommandEndpoint,
  VALIDATION,
  toParty,
  toPerson,
  ReasonDto,
} from '#libs/shared-kernel';
import { AddProtokollsanteckningCommand } from '../../application/add-protokollsanteckning/add-protokollsanteckning.command.js';
import { AssignFollowUpDateCommand } from '../../application/assign-follow-up-date/assign-follow-up-date.command.js';
import { EscalateItemCommand } from '../../application/escalate-item/escalate-item.command.js';
import { RunMeetingCommand } from '../../application/run-meeting-command/run-meeting-command.js';
import { MEETING_ERROR } from '../../domain/index.js';
import { EscalateItemDto, toEscalationRequest } from '../dto/meeting-escalation.dto.js';
import { toDecision, toDialog, toInformation } from '../dto/meeting-mappers.js';
import {
  AssignFollowUpDateDto,
  ProtokollsanteckningDto,
  RecordDecisionDto,
  RecordDialogDto,
  RecordInformationDto,
} from '../dto/meeting-recording.dto.js';
import { FollowUpDateAssignedDto, MeetingChangedDto } from '../dto/responses/command-results.dto.js';

/** What every recording on an item can run into. */
const RECORDABLE = [
  MEETING_ERROR.CLOSED,
  MEETING_ERROR.CANCELLED,
  MEETING_ERROR.ITEM_NOT_ON_AGENDA,
  MEETING_ERROR.ITEM_DEFERRED,
  ...VALIDATION.TEXT,
];

/** What taking up a returning återrapportering item can run into besides (see FollowUpHandlingDto). */
const HANDLING = [MEETING_ERROR.NOT_A_RETURNING_FOLLOW_UP, FOLLOW_UP_ERROR.SAME_DUE_DATE];

/** What happens on one agenda item during the meeting. Recording the same again changes nothing. */
@ApiTags('meetings')
@Controller('api/meetings/:meetingId/items/:itemId')
@UseInterceptors(StreamVersionETagInterceptor)
export class MeetingItemsController {
  constructor(private readonly commands: CommandBus) {}

  @Put('information')
  @CommandEndpoint({
    summary: 'Record the informationsärende on the item (replaces an earlier record)',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [...RECORDABLE, ...HANDLING, ...VALIDATION.PARTY],
  })
  recordInformation(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Body() body: RecordInformationDto,
  ) {
    return this.commands.execute(
      new RunMeetingCommand(context, meetingId, 'RecordInformation', { itemId, ...toInformation(body) }),
    );
  }

  @Put('dialog')
  @CommandEndpoint({
    summary: "Record the dialog on the item, with the parties' views",
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [...RECORDABLE, ...HANDLING, ...VALIDATION.PARTY],
  })
  recordDialog(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Body() body: RecordDialogDto,
  ) {
    return this.commands.execute(
      new RunMeetingCommand(context, meetingId, 'RecordDialog', { itemId, ...toDialog(body) }),
    );
  }

  @Put('decision')
  @CommandEndpoint({
    summary: 'Record the decision: enighet, or oenighet naming who disagrees',
    description:
      'Oenighet names only union organisations with someone recorded present at the meeting ' +
      '(MEETING.DISAGREEING_ORGANISATION_NOT_PRESENT otherwise).',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      ...RECORDABLE,
      ...HANDLING,
      MEETING_ERROR.DISAGREEMENT_WITHOUT_ORGANISATIONS,
      MEETING_ERROR.AGREEMENT_WITH_DISAGREEING_ORGANISATIONS,
      MEETING_ERROR.DISAGREEING_ORGANISATION_NOT_PRESENT,
      MEETING_ERROR.ITEM_ESCALATED,
      MEETING_ERROR.DECISION_BLOCKED_BY_NEGOTIATION,
      ...VALIDATION.PARTY,
    ],
  })
  recordDecision(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Body() body: RecordDecisionDto,
  ) {
    return this.commands.execute(
      new RunMeetingCommand(context, meetingId, 'RecordDecision', { itemId, ...toDecision(body) }),
    );
  }

  @Post('protokollsanteckningar')
  @CommandEndpoint({
    summary: "Add a party's protokollsanteckning to the item",
    description:
      'The ordförande, vice ordförande and sekreterare record one for any party. A union member of the group ' +
      'enters one for their own organisation only (403 for another party) and must be recorded present ' +
      '(409 MEETING.NOT_PRESENT). It may be added after the meeting is closed until the protocol is ' +
      'justerat: it then makes a new revision, so approvals of the earlier text no longer count and ' +
      'every justerare approves the new one. After justering only a rättelse changes the protocol ' +
      '(409 MEETING.JUSTERAT).',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.ITEM_NOT_ON_AGENDA,
      MEETING_ERROR.ITEM_DEFERRED,
      MEETING_ERROR.JUSTERAT,
      MEETING_ERROR.NOT_PRESENT,
      ...VALIDATION.TEXT,
      ...VALIDATION.PARTY,
    ],
  })
  addProtokollsanteckning(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Body() body: ProtokollsanteckningDto,
  ) {
    return this.commands.execute(
      new AddProtokollsanteckningCommand(context, meetingId, {
        itemId,
        party: toParty(body.party),
        text: body.text,
      }),
    );
  }

  @Post('follow-ups')
  @CommandEndpoint({
    summary: 'Assign a follow-up date to an action decided on the item; opens the follow-up',
    stream: 'MEETING',
    response: FollowUpDateAssignedDto,
    created: true,
    conflicts: [
      ...RECORDABLE,
      MEETING_ERROR.FOLLOW_UP_DUE_BEFORE_MEETING,
      MEETING_ERROR.FOLLOW_UP_ID_TAKEN,
      FOLLOW_UP_ERROR.ALREADY_OPENED,
    ],
  })
  assignFollowUpDate(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Body() body: AssignFollowUpDateDto,
  ) {
    const assignment = definedOnly({
      itemId,
      followUpId: body.followUpId,
      action: body.action,
      responsible: toPerson(body.responsible),
      dueDate: body.dueDate,
    });
    return this.commands.execute(new AssignFollowUpDateCommand(context, meetingId, assignment));
  }

  @Put('deferral')
  @CommandEndpoint({
    summary: 'Defer the item to the next meeting, with the reason (it returns there on its own)',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      MEETING_ERROR.CLOSED,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.ITEM_NOT_ON_AGENDA,
      MEETING_ERROR.ITEM_ALREADY_DEFERRED,
      MEETING_ERROR.ITEM_ALREADY_DECIDED,
      MEETING_ERROR.ITEM_ESCALATED,
      ...VALIDATION.TEXT,
    ],
  })
  defer(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Body() body: ReasonDto,
  ) {
    return this.commands.execute(
      new RunMeetingCommand(context, meetingId, 'DeferItem', { itemId, reason: body.reason }),
    );
  }

  @Put('escalation')
  @CommandEndpoint({
    summary: "Raise the item to the group's parent group, or hand it to an MBL negotiation",
    description:
      'What the group cannot settle goes one level up (APT → VSG → FSG → CSG), to its own parent and ' +
      'no other (MEETING.ESCALATION_NOT_TO_PARENT), or to a negotiation under MBL. The item counts as ' +
      'handled here and cannot also be deferred or decided. When the meeting closes, an item raised to ' +
      "the parent appears on the parent's next kallelse with its origin (group, date, §); that " +
      "meeting's outcome comes back to this group's next kallelse as the answer. An item handed to an " +
      "MBL negotiation returns on this group's next kallelse with the negotiation pending and its " +
      'decision blocked (MEETING.DECISION_BLOCKED_BY_NEGOTIATION). Giving the same escalation again ' +
      'changes nothing; another one is refused (MEETING.ITEM_ALREADY_ESCALATED).',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      MEETING_ERROR.CLOSED,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.ITEM_NOT_ON_AGENDA,
      MEETING_ERROR.ITEM_DEFERRED,
      MEETING_ERROR.ITEM_ALREADY_DECIDED,
      MEETING_ERROR.ITEM_ALREADY_ESCALATED,
      MEETING_ERROR.ESCALATION_NOT_TO_PARENT,
      ...VALIDATION.TEXT,
    ],
  })
  escalate(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Body() body: EscalateItemDto,
  ) {
    return this.commands.execute(
      new EscalateItemCommand(context, meetingId, itemId, toEscalationRequest(body)),
    );
  }

  @Put('confidentiality')
  @CommandEndpoint({
    summary: 'Mark the item confidential: left out of the public version of every document',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      MEETING_ERROR.CLOSED,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.ITEM_NOT_ON_AGENDA,
      ...VALIDATION.TEXT,
    ],
  })
  markConfidential(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Body() body: ReasonDto,
  ) {
    return this.commands.execute(
      new RunMeetingCommand(context, meetingId, 'MarkItemConfidential', { itemId, reason: body.reason }),
    );
  }
}
