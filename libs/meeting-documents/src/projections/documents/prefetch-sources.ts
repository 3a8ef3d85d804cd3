import type { StoredEvent } from '#libs/event-store';
import { isFollowUpEvent } from '#libs/follow-ups';
import { isMeetingEventType } from '#libs/meetings';
import type { DocumentSources, SourceKind } from './document-sources.js';

type Wanted = { source: SourceKind; sourceId: string };

/**
 * Reads the sources one tenant's events of a batch will ask for in three queries rather than one
 * per source: first the meetings and follow-ups the events name (and the groups and organisations
 * they name themselves), then the groups of those (and their carry-over, for a projection that
 * follows it), then the groups' organisations and the coming meetings the carry-over names, which
 * a follow-up event or a closed meeting may rebuild. Returns the meetings whose documents the
 * batch may build, for reading their newest versions ahead too.
 */
export async function prefetchSources(
  sources: DocumentSources,
  events: readonly StoredEvent[],
  followsCarryOver = false,
): Promise<string[]> {
  const first: Wanted[] = [];
  const groupIds = new Set<string>();
  const meetingIds = new Set<string>();
  for (const event of events) {
    const data = event.data as {
      meetingId?: string;
      followUpId?: string;
      groupId?: string;
      organisationId?: string;
    };
    if (isMeetingEventType(event.type) && data.meetingId) {
      meetingIds.add(data.meetingId);
      first.push({ source: 'meeting', sourceId: data.meetingId });
    } else if (isFollowUpEvent(event)) {
      if (!followsCarryOver) continue;
      first.push({ source: 'follow-up', sourceId: event.data.followUpId });
    } else if (event.type === 'UnitAdded' && data.organisationId) {
      first.push({ source: 'organisation', sourceId: data.organisationId });
    }
    if (data.groupId) groupIds.add(data.groupId);
  }
  await sources.prefetch(first);

  for (const { source, sourceId } of first) {
    const groupId =
      source === 'meeting'
        ? sources.peek('meeting', sourceId)?.groupId
        : source === 'follow-up'
          ? sources.peek('follow-up', sourceId)?.groupId
          : undefined;
    if (groupId) groupIds.add(groupId as string);
  }
  const groups = [...groupIds];
  await sources.prefetch([
    ...groups.map((sourceId) => ({ source: 'group' as const, sourceId })),
    ...(followsCarryOver ? groups.map((sourceId) => ({ source: 'carry-over' as const, sourceId })) : []),
  ]);

  const third: Wanted[] = [];
  for (const groupId of groups) {
    const organisationId = sources.peek('group', groupId)?.organisationId;
    if (organisationId) third.push({ source: 'organisation', sourceId: organisationId });
    if (!followsCarryOver) continue;
    for (const meetingId of Object.keys(sources.peek('carry-over', groupId)?.meetings ?? {})) {
      meetingIds.add(meetingId);
      third.push({ source: 'meeting', sourceId: meetingId });
    }
  }
  await sources.prefetch(third);
  return [...meetingIds];
}
