import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { PersonDto, CalendarDate, Flag, Id, OneOf, WholeNumber } from '#libs/shared-kernel';
import { FollowUpOriginDto } from './responses/follow-up-view.dto.js';

/** Query string of GET /api/follow-ups: every filter optional; the default is the open ones. */
export class ListFollowUpsQueryDto {
  @OneOf(['open', 'completed', 'cancelled', 'all'] as const, { optional: true, description: 'Default: open' })
  status?: 'open' | 'completed' | 'cancelled' | 'all';

  @Id({ optional: true })
  groupId?: string;

  @Id({ optional: true, description: 'The responsible person (person id = account id)' })
  responsibleId?: string;

  @Id({ optional: true, description: 'Only those decided in this meeting' })
  meetingId?: string;

  @CalendarDate({ optional: true, description: 'Due on or before this date (YYYY-MM-DD)' })
  dueOnOrBefore?: string;

  // A query string carries text: 'true'/'false' become booleans, anything else stays and fails.
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @Flag({ optional: true, description: 'Only open follow-ups past their due date' })
  overdue?: boolean;

  @Type(() => Number)
  @WholeNumber(1, 5000, { optional: true, description: 'At most this many (default 500)' })
  limit?: number;
}

export class FollowUpListItemDto {
  @ApiProperty() followUpId!: string;
  @ApiProperty() groupId!: string;
  @ApiProperty({ type: FollowUpOriginDto, description: 'Where it was decided: "från § 9, 2019-02-25"' })
  origin!: FollowUpOriginDto;
  @ApiProperty() action!: string;
  @ApiProperty({ type: PersonDto }) responsible!: PersonDto;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: ['open', 'completed', 'cancelled'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) closingReason!: string | null;
  @ApiProperty({ type: 'integer' }) reports!: number;
  @ApiProperty({ type: 'integer' }) reschedules!: number;
  @ApiProperty({
    nullable: true,
    type: 'integer',
    description: 'Open ones: days until due, counted from today in Europe/Stockholm (negative when overdue)',
  })
  daysLeft!: number | null;
}
