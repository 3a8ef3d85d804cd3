import { requireText } from '#domain/shared-kernel';
import type { AgendaItem } from './agenda-item.js';
import { meetingError } from './errors.js';
import type { AgendaItemRemoval, RemovedAgendaItem } from './facts.js';
import type { MeetingState } from './state.js';

/**
 * The items a new agenda leaves out, each with the reason it was taken off. An item a union
 * organisation put on the agenda (MBL §12: a proposal, an övrig fråga, or one of theirs carried
 * over) is taken off only with a reason, which the meeting keeps for the proposer to read; an
 * employer's item may be given one. A reason must name an item the new agenda leaves out, except
 * one already taken off with a reason (the same request sent again).
 */
export function requireRemovals(
  state: MeetingState,
  items: readonly AgendaItem[],
  removals: readonly AgendaItemRemoval[],
): RemovedAgendaItem[] {
  const kept = new Set(items.map(({ itemId }) => itemId));
  const dropped = state.agenda.filter(({ itemId }) => !kept.has(itemId));
  const reasons = new Map(
    removals.map(({ itemId, reason }, index) => [itemId, requireText(reason, `removals[${index}].reason`)]),
  );
  const alreadyRemoved = (itemId: string) =>
    !state.agenda.some((item) => item.itemId === itemId) &&
    state.removedItems.some(({ item }) => item.itemId === itemId);
  const strays = [...reasons.keys()].filter(
    (itemId) => !dropped.some((item) => item.itemId === itemId) && !alreadyRemoved(itemId),
  );
  if (strays.length > 0) throw meetingError.removalOfKeptItem(strays);
  const unexplained = dropped.filter((item) => item.proposer.side === 'union' && !reasons.has(item.itemId));
  if (unexplained.length > 0)
    throw meetingError.removalReasonRequired(unexplained.map(({ itemId, title }) => ({ itemId, title })));
  return dropped.flatMap((item) => {
    const reason = reasons.get(item.itemId);
    return reason === undefined ? [] : [{ item, reason }];
  });
}
