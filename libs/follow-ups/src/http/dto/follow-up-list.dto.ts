import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { PersonDto, CalendarDate, Flag, Id, OneOf, PageCursor, WholeNumber } from '#libs/shared-kernel';
import type { FollowUpFilter, FollowUpRow } from '../../projections/follow-ups/index.js';
import {
  FOLLOW_UP_LIST_STATUSES,
  type FollowUpListStatus,
  OPENED_FOLLOW_UP_STATUSES,
  type OpenedFollowUpStatus,
} from '../../domain/index.js';
import { CONFIDENTIAL_FOLLOW_UP, OMITTED_CONTENT } from './confidential-follow-up.descriptions.js';

/** Rows per page of GET /api/follow-ups when the client does not say. */
export const FOLLOW_UP_PAGE = 100;

/** Query string of GET /api/follow-ups: every filter optional; the default is the open ones. */
export class ListFollowUpsQueryDto implements Pick<
  FollowUpFilter,
  'status' | 'responsibleId' | 'dueOnOrBefore' | 'overdue' | 'limit'
> {
  @OneOf(FOLLOW_UP_LIST_STATUSES, { optional: true, description: 'Default: open' })
  status?: FollowUpListStatus;

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
  @WholeNumber(1, 5000, { optional: true, description: `Rows per page (default ${FOLLOW_UP_PAGE})` })
  limit?: number;

  @PageCursor()
  cursor?: string;
}

/** The read model's origin: its § is null until the meeting is closed. */
type ListedOrigin = FollowUpRow['origin'];

class FollowUpListOriginDto implements ListedOrigin {
  @ApiProperty() meetingId!: string;
  @ApiProperty() itemId!: string;
  @ApiProperty({ format: 'date' }) meetingDate!: string;
  @ApiProperty({ type: 'integer', nullable: true }) paragraph!: number | null;
}

export class FollowUpListItemDto implements FollowUpRow {
  @ApiProperty() followUpId!: string;
  @ApiProperty() groupId!: string;
  @ApiProperty({ type: FollowUpListOriginDto, description: 'Where it was decided: "från § 9, 2019-02-25"' })
  origin!: FollowUpListOriginDto;
  @ApiProperty() action!: string;
  @ApiProperty({ type: PersonDto }) responsible!: PersonDto;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: OPENED_FOLLOW_UP_STATUSES }) status!: OpenedFollowUpStatus;
  @ApiProperty({ nullable: true, type: String }) closingReason!: string | null;
  @ApiProperty({ type: 'integer' }) reports!: number;
  @ApiProperty({ type: 'integer' }) reschedules!: number;
  @ApiProperty({
    nullable: true,
    type: 'integer',
    description: 'Open ones: days until due, counted from today in Europe/Stockholm (negative when overdue)',
  })
  daysLeft!: number | null;
  @ApiProperty({ description: CONFIDENTIAL_FOLLOW_UP }) confidential!: boolean;
  @ApiPropertyOptional({ enum: [true], description: OMITTED_CONTENT }) omitted?: true;
}
