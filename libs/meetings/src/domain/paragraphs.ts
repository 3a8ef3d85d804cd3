/**
 * The protocol's procedural paragraphs come before the agenda items, so the first item is § 4.
 * "Föregående protokoll" is an ordinary agenda item (seed 002 has it under Information).
 */
export const PROCEDURAL_PARAGRAPHS = [
  'Mötets öppnande',
  'Val av justerare',
  'Fastställande av dagordning',
] as const;

export const FIRST_ITEM_PARAGRAPH = PROCEDURAL_PARAGRAPHS.length + 1;

export interface NumberedItem {
  itemId: string;
  paragraph: number;
}

/**
 * The § each agenda item gets: the procedural paragraphs first, then the items in agenda order.
 * The kallelse shows these numbers ahead of the meeting; closing fixes them in `MeetingClosed`,
 * after which they never change, so "från § 7" stays true in every later document.
 */
export function numberParagraphs(agenda: readonly { itemId: string }[]): NumberedItem[] {
  return agenda.map(({ itemId }, index) => ({ itemId, paragraph: FIRST_ITEM_PARAGRAPH + index }));
}
