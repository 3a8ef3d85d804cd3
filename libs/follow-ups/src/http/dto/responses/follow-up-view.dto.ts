import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PersonDto } from '#libs/shared-kernel';

export class FollowUpOriginDto {
  @ApiProperty() meetingId!: string;
  @ApiProperty() itemId!: string;
  @ApiProperty({ format: 'date' }) meetingDate!: string;
  @ApiPropertyOptional({ type: 'integer' }) paragraph?: number;
}

export class FollowUpReportDto {
  @ApiProperty() meetingId!: string;
  @ApiPropertyOptional() itemId?: string;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class FollowUpViewDto {
  @ApiProperty() followUpId!: string;
  @ApiProperty({ type: 'integer', description: 'The stream version; also the ETag' }) version!: number;
  @ApiProperty({ enum: ['open', 'completed', 'cancelled'] }) status!: string;
  @ApiProperty() groupId!: string;
  @ApiProperty({ type: FollowUpOriginDto }) origin!: FollowUpOriginDto;
  @ApiProperty() action!: string;
  @ApiProperty({ type: PersonDto }) responsible!: PersonDto;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ type: [FollowUpReportDto] }) reports!: FollowUpReportDto[];
  @ApiPropertyOptional({ description: 'The completion note or the reason for cancelling' })
  closingReason?: string;
}
