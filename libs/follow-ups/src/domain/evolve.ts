import { assertNever, definedOnly } from '#domain/shared-kernel';
import type { FollowUpEvent } from './events.js';
import type { FollowUpState } from './state.js';

export function evolveFollowUp(state: FollowUpState, event: FollowUpEvent): FollowUpState {
  switch (event.type) {
    case 'FollowUpOpened': {
      const { followUpId, groupId, origin, action, responsible, dueDate, confidential } = event.data;
      return {
        ...state,
        status: 'open',
        followUpId,
        groupId,
        origin,
        action,
        responsible,
        dueDate,
        confidential: confidential === true,
      };
    }
    case 'FollowUpMarkedConfidential':
      return { ...state, confidential: true };
    case 'FollowUpReported': {
      const { meetingId, itemId, text, at } = event.data;
      return {
        ...state,
        reports: [...state.reports, definedOnly({ meetingId, itemId, text, at })],
      };
    }
    case 'FollowUpCompleted':
      return { ...state, ...definedOnly({ status: 'completed' as const, closingReason: event.data.note }) };
    case 'FollowUpRescheduled':
      return { ...state, dueDate: event.data.newDueDate };
    case 'FollowUpCancelled':
      return { ...state, status: 'cancelled', closingReason: event.data.reason };
    default:
      return assertNever(event);
  }
}
