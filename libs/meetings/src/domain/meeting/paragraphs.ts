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
