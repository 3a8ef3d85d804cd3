import type { StoredEvent } from '#libs/event-store';
import { isFollowUpEvent } from '#libs/follow-ups';
import {
  type CarryOverEvent,
  evolveGroupCarryOver,
  type GroupCarryOver,
  handedOnBy,
  initialGroupCarryOver,
  isMeetingEventType,
  receiveHandedOn,
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
  /** Other groups the event changed: a meeting closed hands escalations up and answers down. */
  others?: CarryOverChange[];
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
  const handedOn = isFollowUpEvent(event) ? [] : handedOnBy(before, event);
  const own = handedOn.filter((hand) => hand.groupId === groupId).flatMap(({ entries }) => entries);
  const after = receiveHandedOn(evolveGroupCarryOver(before, event), own);
  if (after !== before) await store.saveCarryOver(after);
  const others: CarryOverChange[] = [];
  for (const hand of handedOn.filter((other) => other.groupId !== groupId)) {
    const theirs = (await store.loadCarryOver(hand.groupId)) ?? initialGroupCarryOver(hand.groupId);
    const received = receiveHandedOn(theirs, hand.entries);
    await store.saveCarryOver(received);
    others.push({ groupId: hand.groupId, before: theirs, after: received });
  }
  return { groupId, before, after, ...(others.length > 0 ? { others } : {}) };
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
