import type { AgendaEntryView, AgendaItemInput } from '#libs/meetings';
import { sectionOfItem } from '#libs/meetings';
import type { AgendaItemRemoval } from '#libs/meetings';
import type { ProtocolForm } from '#libs/shared-kernel';

/**
 * One change a preparation form asks for. The pages send the whole agenda (SetAgendaCommand, as
 * PUT /api/meetings/{id}/agenda does), so each change is applied here to the agenda the page was
 * rendered from; the version the page carries makes the command refuse it if that is stale.
 */
export type AgendaEdit =
  | { kind: 'add'; item: AgendaItemInput }
  | { kind: 'move'; itemId: string; direction: 'up' | 'down' }
  | { kind: 'update'; item: AgendaItemInput }
  | { kind: 'remove'; itemId: string; reason: string }
  /** A returning item carry-over proposes, put on the chairs' agenda. */
  | { kind: 'accept'; itemId: string };

export interface AgendaChange {
  items: AgendaItemInput[];
  removals: AgendaItemRemoval[];
}

/** An entry of the meeting view as the command takes it (origin and marks are the server's). */
export function inputOf(entry: AgendaEntryView): AgendaItemInput {
  const { itemId, title, kind, presenters, estimatedMinutes, proposer, sectionId, parentItemId } = entry;
  // An AML 6:9 topic set through the API survives every edit the page makes.
  const { workEnvironmentTopic } = entry;
  return Object.fromEntries(
    Object.entries({
      itemId,
      title,
      kind,
      presenters,
      estimatedMinutes,
      proposer,
      sectionId,
      parentItemId,
      workEnvironmentTopic,
    }).filter(([, value]) => value !== undefined),
  ) as unknown as AgendaItemInput;
}

/**
 * The chairs' own agenda within a coming meeting's live agenda, which lists it first, then the
 * returning items carry-over proposes (`proposed`), then the items the last kallelse sent that are
 * gone from both (`withdrawn` since the kallelse). Without a proposed item between them, a gone
 * item cannot be told from a withdrawn item at the end of the chairs' agenda; the trailing ones are
 * taken as gone (they no longer return anyway), so an edit never puts a removed item back.
 */
export function chairsAgendaOf(agenda: readonly AgendaEntryView[]): AgendaEntryView[] {
  const firstProposed = agenda.findIndex((entry) => entry.carryOver === 'proposed');
  if (firstProposed >= 0) return agenda.slice(0, firstProposed);
  let end = agenda.length;
  while (
    end > 0 &&
    agenda[end - 1].carryOver === 'withdrawn' &&
    agenda[end - 1].sinceKallelse === 'withdrawn'
  )
    end -= 1;
  return agenda.slice(0, end);
}

/** Applies one edit to the live agenda; throws RangeError for an item that is not there. */
export function applyAgendaEdit(
  agenda: readonly AgendaEntryView[],
  edit: AgendaEdit,
  form: ProtocolForm,
): AgendaChange {
  const chairs = chairsAgendaOf(agenda);
  const items = chairs.map(inputOf);
  const indexOf = (itemId: string) => {
    const index = items.findIndex((item) => item.itemId === itemId);
    if (index < 0) throw new RangeError(`No item ${itemId} on the agenda`);
    return index;
  };
  switch (edit.kind) {
    case 'add':
      return { items: [...items, edit.item], removals: [] };
    case 'accept': {
      const proposed = agenda.find((entry) => entry.itemId === edit.itemId && entry.carryOver === 'proposed');
      if (!proposed) throw new RangeError(`No proposed item ${edit.itemId}`);
      return { items: [...items, inputOf(proposed)], removals: [] };
    }
    case 'update': {
      const index = indexOf(edit.item.itemId);
      return { items: items.map((item, at) => (at === index ? edit.item : item)), removals: [] };
    }
    case 'remove': {
      indexOf(edit.itemId);
      const gone = new Set([
        edit.itemId,
        ...items.filter((item) => item.parentItemId === edit.itemId).map((item) => item.itemId),
      ]);
      return {
        items: items.filter((item) => !gone.has(item.itemId)),
        removals: edit.reason === '' ? [] : [...gone].map((itemId) => ({ itemId, reason: edit.reason })),
      };
    }
    case 'move':
      return { items: moved(items, indexOf(edit.itemId), edit.direction, form), removals: [] };
  }
}

/**
 * Swaps the item with its neighbour among its siblings: the items under the same parent (or the
 * top-level items) of the same section of the group's form, as the agenda shows them.
 */
function moved(
  items: AgendaItemInput[],
  index: number,
  direction: 'up' | 'down',
  form: ProtocolForm,
): AgendaItemInput[] {
  const item = items[index];
  const placeOf = (candidate: AgendaItemInput) =>
    `${sectionOfItem(candidate, form)?.sectionId ?? ''}/${candidate.parentItemId ?? ''}`;
  const siblings = items
    .map((candidate, at) => ({ candidate, at }))
    .filter(({ candidate }) => placeOf(candidate) === placeOf(item));
  const position = siblings.findIndex(({ at }) => at === index);
  const neighbour = siblings[direction === 'up' ? position - 1 : position + 1];
  if (!neighbour) return items;
  const result = [...items];
  result[index] = neighbour.candidate;
  result[neighbour.at] = item;
  return result;
}
