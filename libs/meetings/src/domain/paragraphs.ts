import {
  LEGACY_PROTOCOL_FORM,
  type AgendaItemKind,
  type ProceduralParagraph,
  type ProtocolForm,
  type ProtocolFormSection,
} from '#domain/shared-kernel';

/**
 * The § numbers of a meeting, laid out by the group's protocol form: the form's opening procedural
 * paragraphs first ("Mötets öppnande", "Val av justerare" …), then the agenda grouped in the form's
 * sections (in the form's order, items in agenda order within each; headings take no §), then the
 * items no section takes, övriga frågor last, then the closing paragraphs ("Mötets avslutande").
 * A sub-item shares its parent's § and is lettered a), b) in agenda order.
 */

/** Kept for callers that only know the form every group had before it could set its own. */
export const PROCEDURAL_PARAGRAPHS = LEGACY_PROTOCOL_FORM.opening.map(({ title }) => title);

export interface NumberedItem {
  itemId: string;
  paragraph: number;
  /** "a", "b": set on a sub-item, printed "§ 5 a)". */
  subItem?: string;
}

export interface NumberedProcedural extends ProceduralParagraph {
  paragraph: number;
}

/** A section of the laid-out protocol: one of the form's, or a run of items of one kind no section takes. */
export type LaidOutSection =
  | { formSection: ProtocolFormSection; items: NumberedItem[] }
  | { kind: AgendaItemKind; items: NumberedItem[] };

export interface ProtocolLayout {
  opening: NumberedProcedural[];
  sections: LaidOutSection[];
  closing: NumberedProcedural[];
}

interface PlacedItem {
  itemId: string;
  kind: AgendaItemKind;
  sectionId?: string;
  parentItemId?: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** a … z, then aa, ab …: no § has that many sub-items, but the numbering must not break if one does. */
const letter = (index: number): string =>
  index < LETTERS.length
    ? LETTERS[index]!
    : `${letter(Math.floor(index / LETTERS.length) - 1)}${LETTERS[index % LETTERS.length]}`;

/** The form section an item stands in: the one it names, else the first that takes its kind. */
export function sectionOfItem(item: PlacedItem, form: ProtocolForm): ProtocolFormSection | undefined {
  const named = form.sections.find((section) => section.sectionId === item.sectionId);
  return named ?? form.sections.find((section) => section.kinds.includes(item.kind));
}

export function layOutProtocol(
  agenda: readonly PlacedItem[],
  form: ProtocolForm = LEGACY_PROTOCOL_FORM,
): ProtocolLayout {
  const ids = new Set(agenda.map(({ itemId }) => itemId));
  // A sub-item of an item that is itself a sub-item, or of one not on the agenda, stands on its own.
  const isTopLevel = (item: PlacedItem) =>
    item.parentItemId === undefined ||
    !ids.has(item.parentItemId) ||
    agenda.find(({ itemId }) => itemId === item.parentItemId)?.parentItemId !== undefined;
  const topLevel = agenda.filter(isTopLevel);
  const subItemsOf = (parentId: string) =>
    agenda.filter((item) => !isTopLevel(item) && item.parentItemId === parentId);

  const placed = form.sections.map((formSection) => ({
    formSection,
    members: topLevel.filter((item) => sectionOfItem(item, form) === formSection),
  }));
  const unplaced = topLevel.filter((item) => sectionOfItem(item, form) === undefined);
  const ordered = [
    ...unplaced.filter((item) => item.kind !== 'övrig fråga'),
    ...unplaced.filter((item) => item.kind === 'övrig fråga'),
  ];
  const runs: { kind: AgendaItemKind; members: PlacedItem[] }[] = [];
  for (const item of ordered) {
    const last = runs.at(-1);
    if (last?.kind === item.kind) last.members.push(item);
    else runs.push({ kind: item.kind, members: [item] });
  }

  let next = form.opening.length + 1;
  const number = (members: PlacedItem[]): NumberedItem[] =>
    members.flatMap(({ itemId }) => {
      const paragraph = next++;
      const subItems = subItemsOf(itemId).map((sub, index) => ({
        itemId: sub.itemId,
        paragraph,
        subItem: letter(index),
      }));
      return [{ itemId, paragraph }, ...subItems];
    });
  const opening = form.opening.map((procedural, index) => ({ ...procedural, paragraph: index + 1 }));
  const sections: LaidOutSection[] = [
    ...placed.map(({ formSection, members }) => ({ formSection, items: number(members) })),
    ...runs.map(({ kind, members }) => ({ kind, items: number(members) })),
  ];
  const closing = form.closing.map((procedural) => ({ ...procedural, paragraph: next++ }));
  return { opening, sections, closing };
}

/**
 * The § each agenda item gets, in the form's order. The kallelse shows these numbers ahead of the
 * meeting; closing fixes them in `MeetingClosed`, after which they never change, so "från § 7"
 * stays true in every later document.
 */
export function numberParagraphs(
  agenda: readonly PlacedItem[],
  form: ProtocolForm = LEGACY_PROTOCOL_FORM,
): NumberedItem[] {
  return layOutProtocol(agenda, form).sections.flatMap(({ items }) => items);
}

/** The last § of the protocol: its closing paragraph, or its last item. */
export function lastParagraph(layout: ProtocolLayout): number {
  const items = layout.sections.flatMap(({ items }) => items.map(({ paragraph }) => paragraph));
  return Math.max(layout.opening.length, ...items, ...layout.closing.map(({ paragraph }) => paragraph));
}
