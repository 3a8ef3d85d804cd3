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
      const { meetingId, itemId, text, by, at } = event.data;
      return {
        ...state,
        reports: [...state.reports, definedOnly({ meetingId, itemId, text, by, at })],
      };
    }
    case 'FollowUpCompleted': {
      const { note, by, at } = event.data;
      return {
        ...state,
        ...definedOnly({ status: 'completed' as const, closingReason: note }),
        closed: definedOnly({ by, at }),
      };
    }
    case 'FollowUpRescheduled': {
      const { previousDueDate, newDueDate, reason, by, at } = event.data;
      // Folded states stored before reschedules were kept (read models) have no list yet.
      const earlier = state.reschedules ?? [];
      return {
        ...state,
        dueDate: newDueDate,
        reschedules: [...earlier, definedOnly({ previousDueDate, newDueDate, reason, by, at })],
      };
    }
    case 'FollowUpCancelled': {
      const { reason, by, at } = event.data;
      return { ...state, status: 'cancelled', closingReason: reason, closed: definedOnly({ by, at }) };
    }
    default:
      return assertNever(event);
  }
}
