import { foldEvents } from '#libs/ddd';
import type { PgEventStore, StoredEvent } from '#libs/event-store';
import { meetingStream } from '#libs/shared-kernel';
import { meetingDecider, type MeetingEvent, type MeetingState } from '../domain/index.js';

/**
 * The meeting as it was when a stored event of its stream happened: the stream folded up to it.
 * For reactions and projections that need more of the meeting than the event says (who the
 * justerare are, who asked for justering), as it stood then, whatever came after.
 */
export async function meetingAt(store: PgEventStore, event: StoredEvent): Promise<MeetingState> {
  const stream = meetingStream(event.tenantId, (event.data as { meetingId: string }).meetingId);
  const stored = await store.readStream(event.tenantId, stream.streamId);
  return foldEvents(
    meetingDecider,
    stored
      .filter(({ streamPosition }) => streamPosition <= event.streamPosition)
      .map(({ type, data }) => ({ type, data }) as MeetingEvent),
  );
}
