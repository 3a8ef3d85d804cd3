import type { Projection, ProjectionContext, StoredEvent, StreamReader } from '#libs/event-store';
import { meetingStream } from '#libs/shared-kernel';
import { meetingDecider, MEETING_EVENT_TYPES, type MeetingEvent } from '../../domain/index.js';
import { meetingListingOf } from './meeting-listing.js';
import { writeMeetingRows } from './meetings-table.js';

export const MEETINGS_PROJECTION = 'meetings';

/**
 * rm_meetings: one row per meeting, what the lists show. A row is the meeting's stream folded with
 * the meeting's own evolve and summarised by meetingListingOf, so it can never disagree with the
 * meeting view; the folded state itself (item texts, confidential ones among them) is not kept.
 * Each meeting touched by a batch is folded once, from its stream, at the version the stream has
 * then (at least the batch's last event of it): replaying a batch writes the same row again, and
 * a rebuild from zero gives the same rows as the live projection.
 */
export function meetingsProjection(reader: StreamReader): Projection {
  return {
    name: MEETINGS_PROJECTION,
    kind: 'read-model',
    eventTypes: MEETING_EVENT_TYPES,

    async apply(events: readonly StoredEvent[], { manager }: ProjectionContext): Promise<void> {
      const touched = new Map<string, { tenantId: string; meetingId: string }>();
      for (const stored of events) {
        const { meetingId } = (stored as unknown as MeetingEvent).data;
        touched.set(`${stored.tenantId}/${meetingId}`, { tenantId: stored.tenantId, meetingId });
      }
      const rows = [];
      for (const { tenantId, meetingId } of touched.values()) {
        const { state, version } = await reader.load(meetingStream(tenantId, meetingId), meetingDecider);
        const listing = meetingListingOf(state, version);
        if (listing) rows.push({ tenantId, listing });
      }
      await writeMeetingRows(manager, rows);
    },

    // Rebuilt into shadow tables (rebuild-shadow.ts): readers keep the old model meanwhile.
    tables: [{ name: 'rm_meetings' }],
  };
}
