import type { AgendaItem } from '../../domain/index.js';
import type { AgendaItemInput } from './set-agenda.command.js';

/**
 * Clients cannot set an item's origin ("från § 7, 2019-02-25"): only carry-over makes one. An item
 * that keeps its id keeps the origin it has, so reordering or retitling a returning item never
 * loses where it came from, and a client cannot invent one.
 */
export function keepKnownOrigins(
  items: readonly AgendaItemInput[],
  current: readonly AgendaItem[],
): AgendaItem[] {
  return items.map((item) => {
    const origin = current.find((existing) => existing.itemId === item.itemId)?.origin;
    return origin === undefined ? { ...item } : { ...item, origin };
  });
}
