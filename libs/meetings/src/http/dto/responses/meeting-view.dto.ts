import { JUSTERING_SETTINGS, type JusteringSetting, type MeetingRules } from '#libs/groups';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type Federation,
  ProtocolNumberDto,
  PartyDto,
  PartyStatementDto,
  PersonDto,
} from '#libs/shared-kernel';
import type {
  AgendaEntryView,
  AgendaItemOriginView,
  AgendaItemView,
  ConfidentialityView,
  ItemRecordsView,
  MeetingView,
  ProposalView,
  RemovedItemView,
} from '../../../application/get-meeting/meeting-view.js';
import {
  AGENDA_ITEM_ORIGIN_KINDS,
  CARRY_OVER_STATUSES,
  type CarryOverStatus,
  type FollowUpHistory,
  KALLELSE_CHANGES,
  type KallelseChange,
  DECISION_OUTCOMES,
  type DecisionOutcome,
  type EscalationRecord,
  type DecisionRecord,
  type DialogRecord,
  type FollowUpAssignment,
  type InformationRecord,
  type JusteringApproval,
  type JusteringDecline,
  type JusteringRequest,
  type Kallelse,
  CORRECTABLE_RECORDS,
  type CorrectableRecord,
  PROPOSAL_ANSWERS,
  type ProposalAnswer,
  type MeetingCancellation,
  MEETING_STATUSES,
  PROTOCOL_STATUSES,
  type ProtocolRevision,
  type ProtocolStatus,
  type Reason,
  REVISION_KINDS,
  type RevisionKind,
} from '../../../domain/index.js';
import type { DtoOf } from '../dto-of.js';
import { AgendaItemDto, AttendanceEntryDto, JusterareDto } from '../meeting-preparation.dto.js';
import { EscalationRecordDto } from './escalation-record.dto.js';
import { MeetingRemarkDto, NoticeDto } from './notice-and-remarks.dto.js';

/** What the view shows; each class `implements` its view type, so names and types cannot drift. */

export class AgendaItemOriginDto implements AgendaItemOriginView {
  @ApiProperty({ enum: AGENDA_ITEM_ORIGIN_KINDS }) kind!: AgendaItemOriginView['kind'];
  @ApiPropertyOptional({ description: 'The group of the meeting it came from' }) fromGroupId?: string;
  @ApiProperty() fromMeetingId!: string;
  @ApiProperty() fromItemId!: string;
  @ApiPropertyOptional({ type: 'integer', description: '"från § 11"' }) fromParagraph?: number;
  @ApiProperty({ format: 'date' }) fromDate!: string;
  @ApiPropertyOptional({ description: 'deferred: why' }) reason?: string;
  @ApiPropertyOptional() followUpId?: string;
  @ApiPropertyOptional({ format: 'date', description: 'follow-up: when it is due' }) dueDate?: string;
  @ApiPropertyOptional({ description: 'escalated, answer: the name of the group it came from' })
  fromGroupName?: string;
  @ApiPropertyOptional({ description: 'escalated: the group it was raised to (this one)' })
  toGroupName?: string;
  @ApiPropertyOptional({ description: 'escalated: the question as put, where it differs from the title' })
  question?: string;
  @ApiPropertyOptional({ description: "answer: the receiving meeting's outcome on the item" })
  answer?: string;
  @ApiPropertyOptional({ description: 'answer: the meeting of this group that raised it' })
  escalatedFromMeetingId?: string;
  @ApiPropertyOptional({ type: 'integer', description: 'answer: the § it was raised under' })
  escalatedFromParagraph?: number;
  @ApiPropertyOptional({ format: 'date', description: 'answer: the date it was raised' })
  escalatedFromDate?: string;
}

class InformationRecordDto implements DtoOf<InformationRecord> {
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ type: PersonDto }) presenter?: PersonDto;
  @ApiProperty({ type: [PartyStatementDto] }) comments!: PartyStatementDto[];
}

class DialogRecordDto implements DtoOf<DialogRecord> {
  @ApiProperty() text!: string;
  @ApiProperty({ type: [PartyStatementDto] }) views!: PartyStatementDto[];
}

class DecisionRecordDto implements DtoOf<DecisionRecord> {
  @ApiProperty() text!: string;
  @ApiProperty({ enum: DECISION_OUTCOMES }) outcome!: DecisionOutcome;
  @ApiProperty({ type: [String] }) disagreeing!: string[];
  @ApiProperty({ type: [PartyStatementDto] }) protokollsanteckningar!: PartyStatementDto[];
}

class FollowUpAssignmentDto implements FollowUpAssignment {
  @ApiProperty() followUpId!: string;
  @ApiProperty() action!: string;
  @ApiProperty({ type: PersonDto }) responsible!: PersonDto;
  @ApiProperty({ format: 'date' }) dueDate!: string;
}

class ReasonRecordDto implements Reason {
  @ApiProperty() reason!: string;
}

class ConfidentialityDto implements ConfidentialityView {
  @ApiPropertyOptional({ description: 'Why the item is confidential; shown to members of the group' })
  reason?: string;

  @ApiPropertyOptional({
    enum: [true],
    description: 'To those outside the group: the item is confidential and its content was left out',
  })
  omitted?: true;
}

export class ItemRecordsDto implements DtoOf<ItemRecordsView> {
  @ApiPropertyOptional({ type: InformationRecordDto }) information?: InformationRecordDto;
  @ApiPropertyOptional({ type: DialogRecordDto }) dialog?: DialogRecordDto;
  @ApiPropertyOptional({ type: DecisionRecordDto }) decision?: DecisionRecordDto;
  @ApiProperty({ type: [PartyStatementDto] }) protokollsanteckningar!: PartyStatementDto[];
  @ApiProperty({ type: [FollowUpAssignmentDto] }) followUps!: FollowUpAssignmentDto[];
  @ApiPropertyOptional({ type: ReasonRecordDto }) deferral?: ReasonRecordDto;
  // Documented by the DTO; typed as the record, whose target is a union a class cannot state.
  @ApiPropertyOptional({ type: EscalationRecordDto }) escalation?: EscalationRecord;
  @ApiPropertyOptional({ type: ConfidentialityDto }) confidential?: ConfidentialityDto;
}

/** An agenda item as responses show it, with where a returning item came from. */
export class AgendaEntryDto extends AgendaItemDto implements DtoOf<AgendaItemView> {
  @ApiPropertyOptional({ type: AgendaItemOriginDto, description: 'Where a returning item came from' })
  origin?: AgendaItemOriginDto;

  @ApiPropertyOptional({
    enum: [true],
    description: 'A returning item whose source item was marked confidential (set by the server only)',
  })
  confidential?: true;
}

class FollowUpReportEntryDto {
  @ApiProperty() meetingId!: string;
  @ApiPropertyOptional() itemId?: string;
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ type: PersonDto }) by?: PersonDto;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class FollowUpRescheduleEntryDto {
  @ApiProperty({ format: 'date' }) previousDueDate!: string;
  @ApiProperty({ format: 'date' }) newDueDate!: string;
  @ApiProperty() reason!: string;
  @ApiPropertyOptional({ type: PersonDto }) by?: PersonDto;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class FollowUpHistoryDto implements DtoOf<FollowUpHistory> {
  @ApiProperty({ type: [FollowUpReportEntryDto] }) reports!: FollowUpReportEntryDto[];
  @ApiProperty({ type: [FollowUpRescheduleEntryDto], description: 'Every move of the due date' })
  reschedules!: FollowUpRescheduleEntryDto[];
}

/** An item on the meeting's agenda: its § once closed and what was recorded on it. */
export class MeetingAgendaEntryDto extends AgendaEntryDto implements DtoOf<AgendaEntryView> {
  @ApiPropertyOptional({
    type: 'integer',
    description: '§ number, fixed when the meeting is closed',
    example: 6,
  })
  paragraph?: number;

  @ApiPropertyOptional({
    description: 'A sub-item’s letter under its parent’s §, fixed when the meeting is closed',
    example: 'a',
  })
  subItem?: string;

  @ApiProperty({
    type: ItemRecordsDto,
    description:
      'What was recorded on it. A confidential item shown to someone outside the group has an empty ' +
      'title and no records, only confidential.omitted',
  })
  records!: ItemRecordsDto;

  @ApiPropertyOptional({
    enum: CARRY_OVER_STATUSES,
    description:
      'A coming meeting’s returning item: proposed (carry-over proposes it, not yet on the chairs’ ' +
      'agenda), on-agenda, or withdrawn (on the agenda or in the kallelse sent, but it no longer ' +
      'returns here: its follow-up was completed, cancelled or moved, or it was taken up earlier)',
  })
  carryOver?: CarryOverStatus;

  @ApiPropertyOptional({
    enum: KALLELSE_CHANGES,
    description: 'Once the kallelse was issued: a returning item added since, or withdrawn since',
  })
  sinceKallelse?: KallelseChange;

  @ApiPropertyOptional({ type: FollowUpHistoryDto, description: 'A returning follow-up’s reports and moves' })
  followUp?: FollowUpHistoryDto;
}

class KallelseDto implements Kallelse {
  @ApiProperty({ type: 'integer' }) agendaVersion!: number;
  @ApiProperty({ type: [PersonDto] }) recipients!: PersonDto[];
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class MeetingRulesDto implements MeetingRules {
  @ApiProperty({ description: 'False at an APT: attendees without a party' }) formalParties!: boolean;
  @ApiProperty({ enum: JUSTERING_SETTINGS }) justering!: JusteringSetting;
  @ApiPropertyOptional({
    description: 'true where a union justerare may justera for their federation ("för TCO")',
  })
  justeringByFederation?: boolean;
}

class RevisionDto implements ProtocolRevision {
  @ApiProperty({ type: 'integer' }) revision!: number;
  @ApiProperty({ enum: REVISION_KINDS }) kind!: RevisionKind;
  @ApiPropertyOptional({ type: PersonDto }) by?: PersonDto;
  @ApiPropertyOptional() reason?: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class JusteringApprovalDto implements DtoOf<JusteringApproval> {
  @ApiProperty({ type: 'integer' }) revision!: number;
  @ApiProperty({ type: PersonDto }) justerare!: PersonDto;
  @ApiProperty({ type: PartyDto }) party!: PartyDto;
  @ApiProperty({ description: 'The hash of the text approved' }) textHash!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class JusteringDeclineDto implements DtoOf<JusteringDecline> {
  @ApiProperty({ type: 'integer' }) revision!: number;
  @ApiProperty({ type: PersonDto }) justerare!: PersonDto;
  @ApiProperty({ type: PartyDto }) party!: PartyDto;
  @ApiProperty({ description: 'The change asked for' }) comment!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class JusteringRequestDto implements DtoOf<JusteringRequest> {
  @ApiProperty({ type: 'integer', description: 'The revision the justerare were asked to justera' })
  revision!: number;
  @ApiProperty({ format: 'date', description: 'The last day for justering (Europe/Stockholm)' })
  lastDate!: string;
  @ApiProperty({ type: PersonDto }) requestedBy!: PersonDto;
  @ApiProperty({ type: [PersonDto], description: 'Who was asked' }) justerare!: PersonDto[];
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class ProposalAnswerDto implements DtoOf<NonNullable<ProposalView['answer']>> {
  @ApiProperty() proposalId!: string;
  @ApiProperty() itemId!: string;
  @ApiProperty({ enum: PROPOSAL_ANSWERS }) answer!: ProposalAnswer;
  @ApiProperty({ type: PersonDto }) answeredBy!: PersonDto;
  @ApiProperty({ description: "The secretary's reason ('' when omitted)" }) reason!: string;
  @ApiPropertyOptional({ type: 'integer', description: 'Accepted: the revision it made' }) revision?: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class ProposalDto implements DtoOf<ProposalView> {
  @ApiProperty() proposalId!: string;
  @ApiProperty({ type: 'integer', description: 'The revision the proposal is on' }) revision!: number;
  @ApiProperty() itemId!: string;
  @ApiProperty({ type: 'integer', description: 'The § it concerns' }) paragraph!: number;
  @ApiProperty({ type: PersonDto }) justerare!: PersonDto;
  @ApiProperty({ type: PartyDto }) party!: PartyDto;
  @ApiProperty({ description: "What should change and why ('' when omitted)" }) comment!: string;
  @ApiPropertyOptional({ enum: CORRECTABLE_RECORDS, description: 'The record the wording replaces' })
  record?: CorrectableRecord;
  @ApiPropertyOptional({ description: 'The wording the justerare wants' }) wording?: string;
  @ApiPropertyOptional({ type: ProposalAnswerDto }) answer?: ProposalAnswerDto;
  @ApiPropertyOptional({
    enum: [true],
    description: 'A confidential item read from outside the group: the texts are left out',
  })
  omitted?: true;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class JusteringDto implements NonNullable<MeetingView['justeringar'][number]> {
  @ApiProperty({ type: 'integer' }) revision!: number;
  @ApiProperty() textHash!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class ProtocolRefDto implements NonNullable<MeetingView['protocol']> {
  @ApiProperty({ type: 'integer', description: 'The revision to justera now' }) revision!: number;
  @ApiProperty({ description: 'Send it back with the justering', example: 'sha256:…' }) textHash!: string;
}

class RemovedItemDto implements DtoOf<RemovedItemView> {
  @ApiProperty({ type: AgendaEntryDto, description: 'The item as it was on the agenda' })
  item!: AgendaEntryDto;
  @ApiProperty({ description: 'Why it was taken off' }) reason!: string;
  @ApiProperty({ type: 'integer', description: 'The agenda version that left it out' })
  agendaVersion!: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class CancellationDto implements MeetingCancellation {
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class MeetingViewDto implements DtoOf<MeetingView> {
  @ApiProperty() meetingId!: string;
  @ApiProperty() groupId!: string;
  @ApiProperty({ type: 'integer', description: 'The stream version; also the ETag' }) version!: number;
  @ApiProperty({ enum: MEETING_STATUSES.filter((status) => status !== 'unscheduled') })
  status!: MeetingView['status'];
  @ApiProperty({ enum: PROTOCOL_STATUSES }) protocolStatus!: ProtocolStatus;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ format: 'date', description: 'In Europe/Stockholm' }) meetingDate!: string;
  @ApiPropertyOptional() place?: string;
  @ApiPropertyOptional() videoLink?: string;
  @ApiPropertyOptional({
    type: ProtocolNumberDto,
    description: 'Given when the meeting closes (the next of its year); absent before that',
  })
  protocolNumber?: ProtocolNumberDto;
  @ApiPropertyOptional() dnr?: string;
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'When the meeting really started, if recorded at closing',
  })
  startedAt?: string;
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'When the meeting really ended, if recorded at closing',
  })
  endedAt?: string;
  @ApiProperty({ type: [String] }) unionOrganisations!: string[];
  @ApiProperty({
    description:
      'Union organisation → its federation, as the organisation had them when the meeting was scheduled',
    type: 'object',
    additionalProperties: { type: 'string', enum: ['Saco', 'TCO', 'LO'] },
    example: { Vision: 'TCO', Kommunal: 'LO' },
  })
  federations!: Record<string, Federation>;
  @ApiProperty({ type: MeetingRulesDto, description: 'As the group had them when the meeting was scheduled' })
  rules!: MeetingRulesDto;
  @ApiPropertyOptional({
    type: 'integer',
    description: 'The latest revision the employees read (justerat, or closed without justering)',
  })
  publishedRevision?: number;
  @ApiProperty({ type: 'integer' }) agendaVersion!: number;
  @ApiProperty({ type: [MeetingAgendaEntryDto] }) agenda!: MeetingAgendaEntryDto[];
  @ApiProperty({
    type: [RemovedItemDto],
    description: 'Items taken off the agenda, with the reason (always given for a union organisation’s item)',
  })
  removedItems!: RemovedItemDto[];
  @ApiProperty({ type: [KallelseDto] }) kallelser!: KallelseDto[];
  @ApiProperty({ type: [AttendanceEntryDto] }) attendance!: AttendanceEntryDto[];
  @ApiProperty({ type: [JusterareDto] }) justerare!: JusterareDto[];
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
  @ApiPropertyOptional({ type: CancellationDto, description: 'Once cancelled: why and when' })
  cancellation?: CancellationDto;
  @ApiProperty({ type: [RevisionDto] }) revisions!: RevisionDto[];
  @ApiProperty({ type: [JusteringApprovalDto] }) approvals!: JusteringApprovalDto[];
  @ApiProperty({ type: [JusteringDeclineDto] }) declines!: JusteringDeclineDto[];
  @ApiPropertyOptional({
    type: JusteringRequestDto,
    description: "The secretary's latest request for justering, with its last date",
  })
  justeringRequest?: JusteringRequestDto;
  @ApiProperty({ type: [ProposalDto], description: "The justerare's change proposals per §" })
  proposals!: ProposalDto[];
  @ApiProperty({ type: [JusteringDto] }) justeringar!: JusteringDto[];
  @ApiPropertyOptional({ type: ProtocolRefDto, description: 'Once closed' }) protocol?: ProtocolRefDto;
  @ApiProperty({
    type: [MeetingRemarkDto],
    description:
      'What the protocol remarks on how the meeting was held (a skyddsombud absent from AML 6:9 items)',
  })
  remarks!: MeetingRemarkDto[];
  @ApiPropertyOptional({
    type: NoticeDto,
    description: 'A scheduled meeting: when the kallelse and the agenda should go out, and what is late',
  })
  notice?: NoticeDto;
}
