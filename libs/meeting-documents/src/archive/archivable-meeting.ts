import { foldEvents } from '#libs/ddd';
import { type StoredEvent, StreamReader, toDomainEvent } from '#libs/event-store';
import { type GroupDirectory, type GroupState, groupOf, requirePermission } from '#libs/groups';
import type { Principal } from '#libs/identity';
import { meetingDecider, type MeetingEvent, type MeetingState } from '#libs/meetings';
import { meetingStream } from '#libs/shared-kernel';
import { archiveError } from './archive-errors.js';

export interface ArchivableMeeting {
  events: StoredEvent[];
  state: MeetingState;
  group: GroupState;
  /** The justerat revision (for a group without justering: the published one, final as it closed). */
  revision: number;
}

/**
 * A meeting the caller may make an archive package of: unknown is 404 MEETING.NOT_FOUND, not
 * allowed (meeting.archive) 403, and one with no justerat protocol 409 MEETING.NOT_JUSTERAT, in
 * that order, so nobody learns the state of a meeting they may not archive.
 */
export async function archivableMeeting(
  reader: StreamReader,
  directory: GroupDirectory,
  principal: Principal,
  meetingId: string,
): Promise<ArchivableMeeting> {
  const events = await reader.history(meetingStream(principal.tenantId, meetingId));
  const state = foldEvents(
    meetingDecider,
    events.map((event) => toDomainEvent<MeetingEvent>(event)),
  );
  const group = await groupOf(directory, principal.tenantId, state.groupId);
  requirePermission(principal, 'meeting.archive', { group, meeting: state });
  const revision = state.publishedRevision;
  if (revision === undefined || group === undefined) throw archiveError.notJusterat(meetingId);
  return { events, state, group, revision };
}
