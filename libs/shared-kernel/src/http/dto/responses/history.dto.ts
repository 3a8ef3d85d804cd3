import { ApiProperty } from '@nestjs/swagger';

export class HistoryEntryDto {
  @ApiProperty({ type: 'integer', description: 'The stream version this event made', example: 1 })
  version!: number;
  @ApiProperty({ example: 'InformationRecorded' }) type!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event as recorded' })
  data!: object;
  @ApiProperty({ type: String, nullable: true, description: 'The account that sent the command' }) actor!:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: 'When it happened (UTC)' }) at!: string | null;
  @ApiProperty({ description: 'When the store committed it (UTC)' }) recordedAt!: string;
}

export class MeetingHistoryDto {
  @ApiProperty() meetingId!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ type: [HistoryEntryDto] }) events!: HistoryEntryDto[];
}
