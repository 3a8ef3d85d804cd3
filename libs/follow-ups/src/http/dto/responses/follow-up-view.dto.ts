import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PersonDto } from '#libs/shared-kernel';
import type { FollowUpView } from '../../../application/get-follow-up/follow-up-view.js';
import {
  type FollowUpOrigin,
  type FollowUpReport,
  type FollowUpReschedule,
  OPENED_FOLLOW_UP_STATUSES,
  type OpenedFollowUpStatus,
} from '../../../domain/index.js';
import { CONFIDENTIAL_FOLLOW_UP, OMITTED_CONTENT } from '../confidential-follow-up.descriptions.js';

export class FollowUpOriginDto implements FollowUpOrigin {
  @ApiProperty() meetingId!: string;
  @ApiProperty() itemId!: string;
  @ApiProperty({ format: 'date' }) meetingDate!: string;
  @ApiPropertyOptional({ type: 'integer' }) paragraph?: number;
}

export class FollowUpReportDto implements FollowUpReport {
  @ApiProperty() meetingId!: string;
  @ApiPropertyOptional() itemId?: string;
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ type: PersonDto, description: 'Who reported it (not recorded before 2026-12)' })
  by?: PersonDto;

  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class FollowUpRescheduleDto implements FollowUpReschedule {
  @ApiProperty({ format: 'date', description: 'The due date before the move' }) previousDueDate!: string;
  @ApiProperty({ format: 'date' }) newDueDate!: string;
  @ApiProperty() reason!: string;
  @ApiPropertyOptional({ type: PersonDto, description: 'Who moved it (not recorded before 2026-12)' })
  by?: PersonDto;

  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class FollowUpViewDto implements FollowUpView {
  @ApiProperty() followUpId!: string;
  @ApiProperty({ type: 'integer', description: 'The stream version; also the ETag' }) version!: number;
  @ApiProperty({ enum: OPENED_FOLLOW_UP_STATUSES }) status!: OpenedFollowUpStatus;
  @ApiProperty() groupId!: string;
  @ApiProperty({ type: FollowUpOriginDto }) origin!: FollowUpOriginDto;
  @ApiProperty() action!: string;
  @ApiProperty({ type: PersonDto }) responsible!: PersonDto;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ type: [FollowUpReportDto] }) reports!: FollowUpReportDto[];
  @ApiProperty({ type: [FollowUpRescheduleDto], description: 'Every move of the due date, oldest first' })
  reschedules!: FollowUpRescheduleDto[];

  @ApiPropertyOptional({ description: 'The completion note or the reason for cancelling' })
  closingReason?: string;
  @ApiProperty({ description: CONFIDENTIAL_FOLLOW_UP }) confidential!: boolean;
  @ApiPropertyOptional({ enum: [true], description: OMITTED_CONTENT }) omitted?: true;

  @ApiPropertyOptional({ format: 'date-time', description: 'When it was completed or cancelled' })
  closedAt?: string;

  @ApiPropertyOptional({ type: PersonDto, description: 'Who completed or cancelled it' })
  closedBy?: PersonDto;
}
