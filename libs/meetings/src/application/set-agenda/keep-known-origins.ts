import { definedOnly } from '#libs/shared-kernel';
import type { AgendaItem } from '../../domain/index.js';
import type { AgendaItemInput } from './set-agenda.command.js';

/**
 * Clients cannot set an item's origin ("från § 7, 2019-02-25") or its inherited confidentiality:
 * only carry-over makes them. An item that keeps its id keeps the origin and mark it has (on the
 * agenda, or on the live proposal it was taken from), so reordering or retitling a returning item
 * never loses where it came from or that it is confidential, and a client cannot invent either.
 */
export function keepKnownOrigins(
  items: readonly AgendaItemInput[],
  current: readonly AgendaItem[],
): AgendaItem[] {
  return items.map((item) => {
    const known = current.find((existing) => existing.itemId === item.itemId);
    return definedOnly({ ...item, origin: known?.origin, confidential: known?.confidential });
  });
}
