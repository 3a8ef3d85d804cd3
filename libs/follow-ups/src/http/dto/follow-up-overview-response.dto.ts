import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GROUP_LEVELS, type GroupLevel } from '#libs/groups';
import { OPENED_FOLLOW_UP_STATUSES, type OpenedFollowUpStatus } from '../../domain/index.js';
import type { FollowUpOverviewPage } from '../../application/follow-up-overview/get-follow-up-overview.query.js';
import type { FollowUpFigures } from '../../application/follow-up-overview/get-follow-up-figures.query.js';
import type { OverviewRow } from '../../projections/follow-up-overview/index.js';
import { CONFIDENTIAL_FOLLOW_UP, OMITTED_CONTENT } from './confidential-follow-up.descriptions.js';

class OverviewGroupDto {
  @ApiProperty() groupId!: string;
  @ApiProperty({ description: 'Its name now (a renamed group shows its new name)' }) name!: string;
  @ApiProperty({ enum: GROUP_LEVELS, isArray: true }) levels!: GroupLevel[];
}

export class ForvaltningDto {
  @ApiProperty({ description: 'The top-level unit' }) unitId!: string;
  @ApiProperty() name!: string;
}

class OverviewOriginDto {
  @ApiProperty() meetingId!: string;
  @ApiProperty() itemId!: string;
  @ApiProperty({ format: 'date' }) meetingDate!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Known once the meeting is closed' })
  paragraph!: number | null;
}

class OverviewResponsibleDto {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'What they sit for in the group: `employer` or a union organisation; null when the membership does not say',
  })
  organisation!: string | null;
}

export class FollowUpOverviewRowDto implements OverviewRow {
  @ApiProperty() followUpId!: string;
  @ApiProperty({ type: OverviewGroupDto }) group!: OverviewGroupDto;
  @ApiProperty({ type: ForvaltningDto, nullable: true }) forvaltning!: ForvaltningDto | null;
  @ApiProperty({ type: OverviewOriginDto, description: 'Where it was decided: "från § 9, 2019-02-25"' })
  origin!: OverviewOriginDto;
  @ApiProperty() action!: string;
  @ApiProperty({ type: OverviewResponsibleDto }) responsible!: OverviewResponsibleDto;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: OPENED_FOLLOW_UP_STATUSES }) status!: OpenedFollowUpStatus;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Open and past the due date: days since, counted on today in Europe/Stockholm',
  })
  daysOverdue!: number | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The Stockholm date it was completed',
  })
  completedOn!: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Completed on or before its due date' })
  completedOnTime!: boolean | null;
  @ApiProperty({ type: String, nullable: true }) closingReason!: string | null;
  @ApiProperty({ type: 'integer' }) reports!: number;
  @ApiProperty({ type: 'integer' }) reschedules!: number;
  @ApiProperty({ type: 'integer', description: 'Events since it was opened: reports, moves, closing' })
  historyCount!: number;
  @ApiProperty({ description: CONFIDENTIAL_FOLLOW_UP }) confidential!: boolean;
  @ApiPropertyOptional({ enum: [true], description: OMITTED_CONTENT }) omitted?: true;
}

export class FollowUpOverviewPageDto implements FollowUpOverviewPage {
  @ApiProperty({ format: 'date', description: 'The Stockholm date days overdue are counted on' })
  today!: string;
  @ApiProperty({ type: 'integer', description: 'Every row the filter matches, not only this page' })
  total!: number;
  @ApiProperty({ type: [FollowUpOverviewRowDto] }) rows!: FollowUpOverviewRowDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as cursor for the next page; null on the last',
  })
  nextCursor!: string | null;
}

class FigureCountsDto {
  @ApiProperty({ type: 'integer' }) open!: number;
  @ApiProperty({ type: 'integer', description: 'Open and past the due date (a part of open)' })
  overdue!: number;
  @ApiProperty({ type: 'integer' }) completedOnTime!: number;
  @ApiProperty({ type: 'integer' }) completedLate!: number;
  @ApiProperty({ type: 'integer' }) cancelled!: number;
  @ApiProperty({ type: 'integer', description: 'Overdue by 1 to 30 days' }) overdue0to30!: number;
  @ApiProperty({ type: 'integer', description: 'Overdue by 31 to 90 days' }) overdue31to90!: number;
  @ApiProperty({ type: 'integer', description: 'Overdue by more than 90 days' }) overdueOver90!: number;
}

class ForvaltningFiguresDto extends FigureCountsDto {
  @ApiProperty({ type: ForvaltningDto, nullable: true }) forvaltning!: ForvaltningDto | null;
}

class MonthFiguresDto extends FigureCountsDto {
  @ApiProperty({ example: '2019-03', description: 'The month of the due date' }) month!: string;
}

class OverdueCellDto {
  @ApiProperty({ type: ForvaltningDto, nullable: true }) forvaltning!: ForvaltningDto | null;
  @ApiProperty({ example: '2019-03' }) month!: string;
  @ApiProperty({ type: 'integer' }) overdue!: number;
}

export class FollowUpFiguresDto implements FollowUpFigures {
  @ApiProperty({ format: 'date' }) today!: string;
  @ApiProperty({ type: FigureCountsDto }) totals!: FigureCountsDto;
  @ApiProperty({ type: [ForvaltningFiguresDto] }) byForvaltning!: ForvaltningFiguresDto[];
  @ApiProperty({ type: [MonthFiguresDto], description: 'By month of the due date, oldest first' })
  byMonth!: MonthFiguresDto[];
  @ApiProperty({
    type: [OverdueCellDto],
    description: 'The overdue per förvaltning and month of the due date',
  })
  overdueByForvaltningAndMonth!: OverdueCellDto[];
}
