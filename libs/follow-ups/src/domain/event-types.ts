import type { FollowUpEvent } from './events.js';

/** Every follow-up event type, checked by the compiler: a new event type must be listed here. */
const FOLLOW_UP_EVENTS: Record<FollowUpEvent['type'], true> = {
  FollowUpOpened: true,
  FollowUpReported: true,
  FollowUpCompleted: true,
  FollowUpRescheduled: true,
  FollowUpCancelled: true,
  FollowUpMarkedConfidential: true,
};

export const FOLLOW_UP_EVENT_TYPES = Object.keys(FOLLOW_UP_EVENTS) as FollowUpEvent['type'][];

export const isFollowUpEvent = (event: { type: string }): event is FollowUpEvent =>
  event.type in FOLLOW_UP_EVENTS;
