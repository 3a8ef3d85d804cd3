import { Body, Controller, Param, Post, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandCaller } from '#libs/groups';
import { StreamVersionETagInterceptor } from '#libs/http';
import { type CommandContext, CommandEndpoint, VALIDATION } from '#libs/shared-kernel';
import { CorrectProtocolCommand } from '../../application/correct-protocol/correct-protocol.command.js';
import { DeclineJusteringCommand } from '../../application/decline-justering/decline-justering.command.js';
import { JusteraProtocolCommand } from '../../application/justera-protocol/justera-protocol.command.js';
import { ReviseProtocolCommand } from '../../application/revise-protocol/revise-protocol.command.js';
import { AnswerProtocolChangeCommand } from '../../application/answer-protocol-change/answer-protocol-change.command.js';
import { ProposeProtocolChangeCommand } from '../../application/propose-protocol-change/propose-protocol-change.command.js';
import { RequestJusteringCommand } from '../../application/request-justering/request-justering.command.js';
import { MEETING_ERROR } from '../../domain/index.js';
import { toProtocolChange } from '../dto/meeting-mappers.js';
import {
  AnswerProtocolChangeDto,
  DeclineJusteringDto,
  JusteraDto,
  ProposeProtocolChangeDto,
  ProtocolChangeDto,
  RequestJusteringDto,
} from '../dto/meeting-protocol.dto.js';
import { MeetingChangedDto } from '../dto/responses/command-results.dto.js';

const CHANGE = [
  MEETING_ERROR.NOT_CLOSED,
  MEETING_ERROR.CANCELLED,
  MEETING_ERROR.NOT_SECRETARY,
  MEETING_ERROR.ITEM_NOT_ON_AGENDA,
  MEETING_ERROR.NOTHING_TO_CORRECT,
  ...VALIDATION.TEXT,
];

/**
 * The protocol of a closed meeting: revisions before justering, rättelser after it, and the
 * justering itself, which each appointed justerare does for themselves and their own party.
 */
@ApiTags('protocol')
@Controller('api/meetings/:meetingId/protocol')
@UseInterceptors(StreamVersionETagInterceptor)
export class MeetingProtocolController {
  constructor(private readonly commands: CommandBus) {}

  @Post('revisions')
  @CommandEndpoint({
    summary: "The sekreterare's (or ordförande's) revision before justering",
    description: 'The caller must act as sekreterare or ordförande in the meeting (substitutes included).',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [...CHANGE, MEETING_ERROR.JUSTERAT],
  })
  revise(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: ProtocolChangeDto,
  ) {
    return this.commands.execute(new ReviseProtocolCommand(context, meetingId, toProtocolChange(body)));
  }

  @Post('corrections')
  @CommandEndpoint({
    summary: 'A rättelse of the justerat protocol: a new revision that needs a new justering',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [...CHANGE, MEETING_ERROR.NOT_JUSTERAT],
  })
  correct(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: ProtocolChangeDto,
  ) {
    return this.commands.execute(new CorrectProtocolCommand(context, meetingId, toProtocolChange(body)));
  }

  @Post('justeringar')
  @CommandEndpoint({
    summary: 'Justera (approve) the latest revision, as the caller and for the party they were appointed for',
    description:
      'The body names the revision and the protocol.textHash the justerare read (GET the meeting): the ' +
      'approval is bound to that text, and refused (MEETING.TEXT_HASH_MISMATCH) if the text has changed ' +
      'since. When every appointed justerare has approved the same revision, the protocol is justerat.',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      MEETING_ERROR.NOT_CLOSED,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.UNKNOWN_REVISION,
      MEETING_ERROR.REVISION_NOT_LATEST,
      MEETING_ERROR.CHANGE_REQUESTED,
      MEETING_ERROR.TEXT_HASH_MISMATCH,
    ],
  })
  justera(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: JusteraDto,
  ) {
    return this.commands.execute(
      new JusteraProtocolCommand(context, meetingId, { revision: body.revision, textHash: body.textHash }),
    );
  }

  @Post('declines')
  @CommandEndpoint({
    summary: 'Decline justering and ask for a change: the protocol goes back for revision',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      MEETING_ERROR.NOT_CLOSED,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.UNKNOWN_REVISION,
      MEETING_ERROR.REVISION_NOT_LATEST,
      MEETING_ERROR.JUSTERAT,
      ...VALIDATION.TEXT,
    ],
  })
  decline(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: DeclineJusteringDto,
  ) {
    return this.commands.execute(
      new DeclineJusteringCommand(context, meetingId, { revision: body.revision, comment: body.comment }),
    );
  }

  @Post('justering-request')
  @CommandEndpoint({
    summary: 'Ask the appointed justerare to justera the latest revision by a last date',
    description:
      'The caller must act as sekreterare or ordförande. Each justerare is e-mailed a link, the revision ' +
      'and the last date; asking again (a new date, or after a new revision) tells them again.',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      MEETING_ERROR.NOT_CLOSED,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.JUSTERING_OFF,
      MEETING_ERROR.JUSTERAT,
      MEETING_ERROR.NOT_SECRETARY,
      MEETING_ERROR.LAST_DATE_IN_PAST,
      MEETING_ERROR.LAST_DATE_TOO_FAR,
    ],
  })
  requestJustering(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: RequestJusteringDto,
  ) {
    return this.commands.execute(
      new RequestJusteringCommand(
        context,
        meetingId,
        body.lastDate === undefined ? {} : { lastDate: body.lastDate },
      ),
    );
  }

  @Post('proposals')
  @CommandEndpoint({
    summary: 'Propose a change to one § of the latest revision, as an appointed justerare',
    description:
      'With a comment and, where wanted, the wording for one record of the §. Approvals of the revision ' +
      'wait until the secretary has answered (POST …/protocol/proposal-answers).',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      MEETING_ERROR.NOT_CLOSED,
      MEETING_ERROR.CANCELLED,
      MEETING_ERROR.UNKNOWN_REVISION,
      MEETING_ERROR.REVISION_NOT_LATEST,
      MEETING_ERROR.JUSTERAT,
      MEETING_ERROR.NOT_A_PARAGRAPH,
      MEETING_ERROR.WORDING_WITHOUT_RECORD,
      MEETING_ERROR.NOTHING_TO_CORRECT,
      ...VALIDATION.TEXT,
    ],
  })
  propose(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: ProposeProtocolChangeDto,
  ) {
    const { revision, itemId, comment, record, wording } = body;
    return this.commands.execute(
      new ProposeProtocolChangeCommand(context, meetingId, {
        revision,
        itemId,
        comment,
        ...(record === undefined ? {} : { record }),
        ...(wording === undefined ? {} : { wording }),
      }),
    );
  }

  @Post('proposal-answers')
  @CommandEndpoint({
    summary: "The secretary's answer to a change proposal: accepted (a new revision) or rejected",
    description: 'The caller must act as sekreterare or ordförande. The reason is required either way.',
    stream: 'MEETING',
    response: MeetingChangedDto,
    conflicts: [
      ...CHANGE,
      MEETING_ERROR.JUSTERAT,
      MEETING_ERROR.UNKNOWN_PROPOSAL,
      MEETING_ERROR.PROPOSAL_ANSWERED,
      MEETING_ERROR.PROPOSAL_WITHOUT_WORDING,
      MEETING_ERROR.CORRECTION_OUTSIDE_PROPOSAL,
    ],
  })
  answer(
    @CommandCaller() context: CommandContext,
    @Param('meetingId') meetingId: string,
    @Body() body: AnswerProtocolChangeDto,
  ) {
    const { proposalId, answer, reason, corrections } = body;
    return this.commands.execute(
      new AnswerProtocolChangeCommand(context, meetingId, {
        proposalId,
        answer,
        reason,
        ...(corrections === undefined
          ? {}
          : { corrections: toProtocolChange({ reason, corrections }).corrections }),
      }),
    );
  }
}
