import { Type } from 'class-transformer';
import { GROUP_LEVELS, type GroupLevel } from '#libs/groups';
import { CalendarDate, Id, Name, OneOf, PageCursor, WholeNumber } from '#libs/shared-kernel';
import {
  OVERVIEW_SORTS,
  OVERVIEW_STATUSES,
  type OverviewFilter,
  type OverviewSort,
  type OverviewStatus,
} from '../../domain/index.js';

/** The filters of HR's overview, shared by the list, the figures and the CSV export. */
export class FollowUpOverviewFilterDto implements OverviewFilter {
  @Id({ optional: true, description: 'A förvaltning: the unit id of a top-level unit' })
  forvaltningId?: string;

  @OneOf(GROUP_LEVELS, { optional: true, description: 'The group has this level (FSG/VSG has both)' })
  level?: GroupLevel;

  @Id({ optional: true })
  groupId?: string;

  @Name({
    optional: true,
    description:
      'The organisation the responsible person sits for in the group: `employer`, or a union organisation by name',
  })
  organisation?: string;

  @Id({ optional: true, description: 'The responsible person (person id = account id)' })
  responsibleId?: string;

  @OneOf(OVERVIEW_STATUSES, {
    optional: true,
    description: 'Default all; overdue: open and past the due date (today in Europe/Stockholm)',
  })
  status?: OverviewStatus;

  @CalendarDate({ optional: true, description: 'Due on or after this date (YYYY-MM-DD)' })
  dueFrom?: string;

  @CalendarDate({ optional: true, description: 'Due on or before this date (YYYY-MM-DD)' })
  dueTo?: string;
}

export class FollowUpOverviewExportQueryDto extends FollowUpOverviewFilterDto {
  @OneOf(OVERVIEW_SORTS, {
    optional: true,
    description: 'due (default): open first, soonest due (so the most overdue) first; due-desc; responsible',
  })
  sort?: OverviewSort;
}

export class FollowUpOverviewQueryDto extends FollowUpOverviewExportQueryDto {
  @PageCursor({
    description: 'The nextCursor of the previous page; leave out for the first',
    message: 'cursor must be the nextCursor of a previous page',
  })
  cursor?: string;

  @Type(() => Number)
  @WholeNumber(1, 500, { optional: true, description: 'Rows per page (default 50)' })
  limit?: number;
}
