import { definedOnly, deepEqual, requireText } from '#domain/shared-kernel';
import type { MeetingCommandOf } from './commands.js';
import { meetingError } from './errors.js';
import type { EscalationRecord, EscalationTarget } from './escalation.js';
import type { MeetingEvent } from './events.js';
import { requireItemOnAgenda, requireOpenMeeting } from './guards.js';
import { recordsOf } from './queries.js';
import type { MeetingState } from './state.js';

/**
 * Raises an item the meeting cannot settle: to the group's parent (one level up, never past it:
 * the parent escalates further if it must), or to an MBL negotiation, where the decision waits
 * for the negotiation. It counts as the item's handling here, so the meeting can close; the item
 * cannot also be deferred or decided here. Giving the same escalation again changes nothing.
 */
export function escalateItem(
  { data }: MeetingCommandOf<'EscalateItem'>,
  state: MeetingState,
): MeetingEvent[] {
  requireOpenMeeting(state);
  const item = requireItemOnAgenda(state, data.itemId);
  const records = recordsOf(state, data.itemId);
  if (records.deferral) throw meetingError.itemDeferred(data.itemId);
  if (records.decision) throw meetingError.itemAlreadyDecided(data.itemId);
  const to = targetOf(data);
  const question = data.question === undefined ? undefined : requireText(data.question, 'question');
  const { groupId, name, levels } = data.group;
  const record: EscalationRecord = definedOnly({
    to,
    question: question === item.title ? undefined : question,
    from: { groupId, name, levels },
    negotiation: to.kind === 'mbl-negotiation' ? ('pending' as const) : undefined,
  });
  if (records.escalation) {
    if (deepEqual(records.escalation, record)) return [];
    throw meetingError.itemAlreadyEscalated(data.itemId);
  }
  return [
    {
      type: 'ItemEscalated',
      data: { meetingId: data.meetingId, itemId: data.itemId, ...record, at: data.at },
    },
  ];
}

function targetOf({ to, group, parent }: MeetingCommandOf<'EscalateItem'>['data']): EscalationTarget {
  if (to.kind === 'mbl-negotiation') return { kind: 'mbl-negotiation' };
  if (group.parentGroupId === undefined || parent === undefined)
    throw meetingError.escalationNotToParent(to.groupId, undefined);
  if (to.groupId !== group.parentGroupId || parent.groupId !== group.parentGroupId)
    throw meetingError.escalationNotToParent(to.groupId, group.parentGroupId);
  return { kind: 'parent-group', groupId: parent.groupId, name: parent.name, levels: [...parent.levels] };
}
