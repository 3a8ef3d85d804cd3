import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { IsoInstant } from '#libs/shared-kernel';
import type { MeetingListing } from '../../projections/meetings/meeting-listing.js';

/** Where a page of meetings ends: the next page starts after it. */
export interface MeetingListCursor {
  startsAt: IsoInstant;
  meetingId: string;
}

export interface MeetingListFilter {
  groupIds: readonly string[];
  /** Meetings that end at or after this instant (the coming ones, with `now`). */
  from?: IsoInstant;
  /** Meetings that start before this instant. */
  to?: IsoInstant;
  statuses?: readonly MeetingListing['status'][];
  /** Only meetings whose latest protocol revision waits for this person's justering. */
  awaitingJusteringBy?: string;
  /** Only meetings where this person is an appointed justerare. */
  justerare?: string;
  after?: MeetingListCursor;
  /** At most this many (default 100, at most 1000). */
  limit?: number;
}

export interface MeetingListPage {
  /** By start, then id. */
  meetings: MeetingListing[];
  /** Set while there are more: pass it as `after`. */
  next?: MeetingListCursor;
}

/**
 * The meetings of some groups from the meetings read model, exact to the moment (a meeting whose
 * stream is ahead of its row is folded). For those who may read every one of the groups.
 */
export class ListMeetingsQuery extends Query<MeetingListPage> {
  constructor(
    readonly principal: Principal,
    readonly filter: MeetingListFilter,
  ) {
    super();
  }
}
