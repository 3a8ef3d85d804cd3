import type { StoredEvent } from '#libs/event-store';
import { isFollowUpEvent } from '#libs/follow-ups';
import {
  type CarryOverEvent,
  evolveGroupCarryOver,
  type GroupCarryOver,
  initialGroupCarryOver,
  isMeetingEventType,
} from '../../domain/index.js';

/**
 * Where a projection keeps the groups' carry-over: the carry-over read model in its own tables,
 * the kallelse projection among its document sources. Both fold the same events with the same
 * evolveGroupCarryOver, so they agree after every event.
 */
export interface CarryOverStore {
  /** The group a meeting or follow-up belongs to, learnt from the event that created it. */
  groupOf(stream: 'meeting' | 'follow-up', id: string): Promise<string | undefined>;
  rememberGroup(stream: 'meeting' | 'follow-up', id: string, groupId: string): Promise<void>;
  loadCarryOver(groupId: string): Promise<GroupCarryOver | undefined>;
  saveCarryOver(state: GroupCarryOver): Promise<void>;
}

/** A meeting or follow-up event changed this group's carry-over from `before` to `after`. */
export interface CarryOverChange {
  groupId: string;
  before: GroupCarryOver;
  after: GroupCarryOver;
}

/** Folds one meeting or follow-up event into its group's carry-over; other events are not its. */
export async function applyCarryOverEvent(
  store: CarryOverStore,
  stored: StoredEvent,
): Promise<CarryOverChange | undefined> {
  if (!isFollowUpEvent(stored) && !isMeetingEventType(stored.type)) return undefined;
  const event = stored as unknown as CarryOverEvent;
  const groupId = await groupOfEvent(store, event);
  if (groupId === undefined) return undefined;
  const before = (await store.loadCarryOver(groupId)) ?? initialGroupCarryOver(groupId);
  const after = evolveGroupCarryOver(before, event);
  if (after !== before) await store.saveCarryOver(after);
  return { groupId, before, after };
}

async function groupOfEvent(store: CarryOverStore, event: CarryOverEvent): Promise<string | undefined> {
  if (isFollowUpEvent(event)) {
    if (event.type !== 'FollowUpOpened') return store.groupOf('follow-up', event.data.followUpId);
    await store.rememberGroup('follow-up', event.data.followUpId, event.data.groupId);
    return event.data.groupId;
  }
  if (event.type !== 'MeetingScheduled') return store.groupOf('meeting', event.data.meetingId);
  await store.rememberGroup('meeting', event.data.meetingId, event.data.groupId);
  return event.data.groupId;
}
