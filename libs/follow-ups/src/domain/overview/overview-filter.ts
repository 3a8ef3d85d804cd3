import type { IsoDate } from '#domain/shared-kernel';
import type { GroupLevel } from '#domain/groups';

/**
 * The overview's status filter: one of the follow-up's statuses, `overdue` (open and past its due
 * date, reckoned from today in Europe/Stockholm), or `all` (the default).
 */
export const OVERVIEW_STATUSES = ['all', 'open', 'overdue', 'completed', 'cancelled'] as const;
export type OverviewStatus = (typeof OVERVIEW_STATUSES)[number];

/**
 * The orders the overview can be read in, each a keyset (the last row's key is the next page's
 * cursor). Every order puts the open ones first; `due` (the default) then reads soonest due
 * first, so the most overdue come at the top.
 */
export const OVERVIEW_SORTS = ['due', 'due-desc', 'responsible'] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];

/** The responsible's organisation as the filter names it: the employer, or a union organisation. */
export const EMPLOYER_ORGANISATION = 'employer';

export interface OverviewFilter {
  /** The top-level unit (förvaltning) the follow-up's group belongs to, through its unit. */
  forvaltningId?: string;
  level?: GroupLevel;
  groupId?: string;
  /** `employer` or the name of a union organisation: the side the responsible sits for in the group. */
  organisation?: string;
  responsibleId?: string;
  status?: OverviewStatus;
  dueFrom?: IsoDate;
  dueTo?: IsoDate;
}

/** A row's place in an order: what the next page continues after. */
export interface OverviewKey {
  statusRank: number;
  dueDate: IsoDate;
  followUpId: string;
  /** Only in the `responsible` order. */
  responsibleName?: string;
}

/** 0 open, 1 completed, 2 cancelled: the order "open first" and the status filter in one column. */
export const STATUS_RANK = { open: 0, completed: 1, cancelled: 2 } as const;
