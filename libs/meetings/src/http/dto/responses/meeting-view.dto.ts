import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ProtocolNumberDto, PartyDto, PartyStatementDto, PersonDto } from '#libs/shared-kernel';
import { AgendaItemDto, AttendanceEntryDto, JusterareDto } from '../meeting-preparation.dto.js';

export class AgendaItemOriginDto {
  @ApiProperty({ enum: ['deferred', 'follow-up'] }) kind!: string;
  @ApiProperty() fromMeetingId!: string;
  @ApiProperty() fromItemId!: string;
  @ApiPropertyOptional({ type: 'integer', description: '"från § 11"' }) fromParagraph?: number;
  @ApiProperty({ format: 'date' }) fromDate!: string;
  @ApiPropertyOptional({ description: 'deferred: why' }) reason?: string;
  @ApiPropertyOptional() followUpId?: string;
  @ApiPropertyOptional({ format: 'date', description: 'follow-up: when it is due' }) dueDate?: string;
}

class InformationRecordDto {
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ type: PersonDto }) presenter?: PersonDto;
  @ApiProperty({ type: [PartyStatementDto] }) comments!: PartyStatementDto[];
}

class DialogRecordDto {
  @ApiProperty() text!: string;
  @ApiProperty({ type: [PartyStatementDto] }) views!: PartyStatementDto[];
}

class DecisionRecordDto {
  @ApiProperty() text!: string;
  @ApiProperty({ enum: ['enighet', 'oenighet'] }) outcome!: string;
  @ApiProperty({ type: [String] }) disagreeing!: string[];
  @ApiProperty({ type: [PartyStatementDto] }) protokollsanteckningar!: PartyStatementDto[];
}

class FollowUpAssignmentDto {
  @ApiProperty() followUpId!: string;
  @ApiProperty() action!: string;
  @ApiProperty({ type: PersonDto }) responsible!: PersonDto;
  @ApiProperty({ format: 'date' }) dueDate!: string;
}

class ReasonRecordDto {
  @ApiProperty() reason!: string;
}

export class ItemRecordsDto {
  @ApiPropertyOptional({ type: InformationRecordDto }) information?: InformationRecordDto;
  @ApiPropertyOptional({ type: DialogRecordDto }) dialog?: DialogRecordDto;
  @ApiPropertyOptional({ type: DecisionRecordDto }) decision?: DecisionRecordDto;
  @ApiProperty({ type: [PartyStatementDto] }) protokollsanteckningar!: PartyStatementDto[];
  @ApiProperty({ type: [FollowUpAssignmentDto] }) followUps!: FollowUpAssignmentDto[];
  @ApiPropertyOptional({ type: ReasonRecordDto }) deferral?: ReasonRecordDto;
  @ApiPropertyOptional({ type: ReasonRecordDto }) confidential?: ReasonRecordDto;
}

export class AgendaEntryDto extends AgendaItemDto {
  @ApiPropertyOptional({ type: AgendaItemOriginDto, description: 'Where a returning item came from' })
  origin?: AgendaItemOriginDto;

  @ApiPropertyOptional({
    type: 'integer',
    description: '§ number, fixed when the meeting is closed',
    example: 6,
  })
  paragraph?: number;

  @ApiPropertyOptional({ type: ItemRecordsDto, description: 'In the meeting view: what was recorded on it' })
  records?: ItemRecordsDto;
}

class KallelseDto {
  @ApiProperty({ type: 'integer' }) agendaVersion!: number;
  @ApiProperty({ type: [PersonDto] }) recipients!: PersonDto[];
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class RevisionDto {
  @ApiProperty({ type: 'integer' }) revision!: number;
  @ApiProperty({ enum: ['original', 'revision', 'rättelse'] }) kind!: string;
  @ApiPropertyOptional({ type: PersonDto }) by?: PersonDto;
  @ApiPropertyOptional() reason?: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class JusteringActDto {
  @ApiProperty({ type: 'integer' }) revision!: number;
  @ApiProperty({ type: PersonDto }) justerare!: PersonDto;
  @ApiProperty({ type: PartyDto }) party!: PartyDto;
  @ApiPropertyOptional() textHash?: string;
  @ApiPropertyOptional({ description: 'On a decline: the change asked for' }) comment?: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class JusteringDto {
  @ApiProperty({ type: 'integer' }) revision!: number;
  @ApiProperty() textHash!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class ProtocolRefDto {
  @ApiProperty({ type: 'integer', description: 'The revision to justera now' }) revision!: number;
  @ApiProperty({ description: 'Send it back with the justering', example: 'sha256:…' }) textHash!: string;
}

class CancellationDto {
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class MeetingViewDto {
  @ApiProperty() meetingId!: string;
  @ApiProperty() groupId!: string;
  @ApiProperty({ type: 'integer', description: 'The stream version; also the ETag' }) version!: number;
  @ApiProperty({ enum: ['scheduled', 'closed', 'cancelled'] }) status!: string;
  @ApiProperty({ enum: ['no protocol', 'awaiting justering', 'change requested', 'justerat'] })
  protocolStatus!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ format: 'date', description: 'In Europe/Stockholm' }) meetingDate!: string;
  @ApiPropertyOptional() place?: string;
  @ApiPropertyOptional() videoLink?: string;
  @ApiProperty({ type: ProtocolNumberDto }) protocolNumber!: ProtocolNumberDto;
  @ApiPropertyOptional() dnr?: string;
  @ApiProperty({ type: [String] }) unionOrganisations!: string[];
  @ApiProperty({ type: 'integer' }) agendaVersion!: number;
  @ApiProperty({ type: [AgendaEntryDto] }) agenda!: AgendaEntryDto[];
  @ApiProperty({ type: [KallelseDto] }) kallelser!: KallelseDto[];
  @ApiProperty({ type: [AttendanceEntryDto] }) attendance!: AttendanceEntryDto[];
  @ApiProperty({ type: [JusterareDto] }) justerare!: JusterareDto[];
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
  @ApiPropertyOptional({ type: CancellationDto, description: 'Once cancelled: why and when' })
  cancellation?: CancellationDto;
  @ApiProperty({ type: [RevisionDto] }) revisions!: RevisionDto[];
  @ApiProperty({ type: [JusteringActDto] }) approvals!: JusteringActDto[];
  @ApiProperty({ type: [JusteringActDto] }) declines!: JusteringActDto[];
  @ApiProperty({ type: [JusteringDto] }) justeringar!: JusteringDto[];
  @ApiPropertyOptional({ type: ProtocolRefDto, description: 'Once closed' }) protocol?: ProtocolRefDto;
}
