import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PersonDto } from '#libs/shared-kernel';
import type { FollowUpView } from '../../../application/get-follow-up/follow-up-view.js';
import {
  type FollowUpOrigin,
  type FollowUpReport,
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
  @ApiPropertyOptional({ description: 'The completion note or the reason for cancelling' })
  closingReason?: string;
  @ApiProperty({ description: CONFIDENTIAL_FOLLOW_UP }) confidential!: boolean;
  @ApiPropertyOptional({ enum: [true], description: OMITTED_CONTENT }) omitted?: true;
}
