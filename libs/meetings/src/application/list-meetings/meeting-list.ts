import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type RowsOfStreams, StreamReader, streamsAheadOfRows } from '#libs/event-store';
import { meetingStream } from '#libs/shared-kernel';
import { meetingDecider } from '../../domain/index.js';
import { type MeetingListing, meetingListingOf } from '../../projections/meetings/meeting-listing.js';
import { readMeetingRows } from '../../projections/meetings/meetings-table.js';
import type { MeetingListFilter, MeetingListPage } from './list-meetings.query.js';

const DEFAULT_LIMIT = 100;
/** rm_meetings, as the stream catalogue is compared with it. */
const MEETING_ROWS: RowsOfStreams = {
  table: 'rm_meetings',
  idColumn: 'meeting_id',
  versionColumn: 'version',
};
const MAX_LIMIT = 1000;

/** A group as this list needs it: which meetings are its own (the group stream is the truth). */
export interface GroupMeetingIds {
  groupId: string;
  meetingIds: readonly string[];
}

/**
 * Lists meetings from rm_meetings, exact to the moment, as GroupDirectory lists groups: the
 * meeting streams' versions (one indexed query) tell which rows are missing or behind (a meeting
 * changed a moment ago, or a worker that is not running), and only those meetings are folded.
 * With the worker caught up no meeting stream is read; a page right after a POST-redirect still
 * shows what was just done (read-your-writes without waiting for the worker).
 */
@Injectable()
export class MeetingList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: StreamReader,
  ) {}

  async list(
    tenantId: string,
    groups: readonly GroupMeetingIds[],
    filter: MeetingListFilter,
  ): Promise<MeetingListPage> {
    const limit = Math.min(Math.max(filter.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
    const groupIds = groups.map(({ groupId }) => groupId);
    if (groupIds.length === 0) return { meetings: [] };
    const stale = await this.staleMeetings(tenantId, groups);
    const [rows, folded] = await Promise.all([
      readMeetingRows(this.dataSource.manager, tenantId, {
        ...filter,
        groupIds,
        except: stale,
        limit: limit + 1,
      }),
      this.fold(tenantId, stale),
    ]);
    const merged = [...rows, ...folded.filter((listing) => matches(listing, filter))].sort(byStart);
    const meetings = merged.slice(0, limit);
    const last = meetings.at(-1);
    return merged.length > limit && last
      ? { meetings, next: { startsAt: last.startsAt, meetingId: last.meetingId } }
      : { meetings };
  }

  /** Every page of list, for a caller that shows them all (a group's page, its records). */
  async all(
    tenantId: string,
    groups: readonly GroupMeetingIds[],
    filter: Omit<MeetingListFilter, 'after' | 'limit'>,
  ): Promise<MeetingListing[]> {
    const meetings: MeetingListing[] = [];
    let page = await this.list(tenantId, groups, { ...filter, limit: MAX_LIMIT });
    meetings.push(...page.meetings);
    while (page.next) {
      page = await this.list(tenantId, groups, { ...filter, after: page.next, limit: MAX_LIMIT });
      meetings.push(...page.meetings);
    }
    return meetings;
  }

  /** The meetings whose row is missing or not at their stream's version. */
  private async staleMeetings(tenantId: string, groups: readonly GroupMeetingIds[]): Promise<string[]> {
    const ahead = await streamsAheadOfRows(
      this.dataSource.manager,
      tenantId,
      'meeting',
      MEETING_ROWS,
      groups.flatMap(({ meetingIds }) => meetingIds),
    );
    return [...ahead.keys()];
  }

  private async fold(tenantId: string, meetingIds: readonly string[]): Promise<MeetingListing[]> {
    const listings = await Promise.all(
      meetingIds.map(async (meetingId) => {
        const { state, version } = await this.reader.load(meetingStream(tenantId, meetingId), meetingDecider);
        return meetingListingOf(state, version);
      }),
    );
    return listings.filter((listing): listing is MeetingListing => listing !== undefined);
  }
}

/** The filter readMeetingRows applies in SQL, for the meetings folded from their streams. */
function matches(m: MeetingListing, f: MeetingListFilter): boolean {
  const at = (iso: string) => Date.parse(iso);
  if (!f.groupIds.includes(m.groupId)) return false;
  if (f.from !== undefined && at(m.endsAt) < at(f.from)) return false;
  if (f.to !== undefined && at(m.startsAt) >= at(f.to)) return false;
  if (f.statuses !== undefined && !f.statuses.includes(m.status)) return false;
  if (f.awaitingJusteringBy !== undefined && !m.awaitingJusteringBy.includes(f.awaitingJusteringBy))
    return false;
  if (f.justerare !== undefined && !m.justerare.includes(f.justerare)) return false;
  return f.after === undefined || byStart(m, f.after) > 0;
}

function byStart(
  a: { startsAt: string; meetingId: string },
  b: { startsAt: string; meetingId: string },
): number {
  const difference = Date.parse(a.startsAt) - Date.parse(b.startsAt);
  if (difference !== 0) return difference;
  return a.meetingId < b.meetingId ? -1 : a.meetingId > b.meetingId ? 1 : 0;
}
