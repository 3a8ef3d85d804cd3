/**
 * The print outline: what a document says, in order, as format-neutral blocks. One pure function
 * per document builds it from the model (outline-of.ts); the HTML templates and the PDF code
 * only turn blocks into markup, so a page and its PDF cannot say different things. Plain JSON:
 * every string is text to print as it is (each renderer escapes it), never markup.
 */

/** How a line of text is set; each renderer maps a style to its own look. */
export type LineStyle =
  | 'subtitle'
  | 'attachment-of'
  | 'revision'
  | 'draft'
  | 'superseded'
  | 'public'
  | 'confidential'
  | 'notice'
  | 'meta'
  | 'origin'
  | 'scope'
  | 'outcome'
  | 'deferral'
  | 'omitted'
  | 'no-items'
  | 'closed-at'
  | 'closing'
  | 'justering-status'
  | 'justering-sentence'
  | 'cancelled-label';

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
  /** "§ 5", set apart before the text. */
  number?: string;
}

/** One line or sentence of the document's own wording (or a short value such as a name). */
export interface LineBlock {
  kind: 'line';
  text: string;
  style?: LineStyle;
}

/** Recorded text: paragraphs separated by blank lines, single line breaks kept. */
export interface TextBlock {
  kind: 'text';
  text: string;
}

/** "Uppföljning: …", "Vision: …": a lead-in set in bold, then text (which may have paragraphs). */
export interface LabelledBlock {
  kind: 'labelled';
  label: string;
  text: string;
  style: 'follow-up' | 'statement' | 'protokollsanteckning' | 'hash';
}

/** Label and value rows: the meeting's facts, the roles. */
export interface FactsBlock {
  kind: 'facts';
  style: 'meeting-header' | 'roles';
  rows: { label: string; value: string; link?: boolean }[];
}

export interface TableCell {
  text: string;
  /** Smaller lines under the text in the same cell (origin, comment). */
  notes?: string[];
  numeric?: boolean;
  /** The cell spans this many columns (the public version's omitted agenda row). */
  colSpan?: number;
  omitted?: boolean;
  /** A section heading of the agenda ("Samverkan före beslut") across the row. */
  heading?: boolean;
}

export interface TableBlock {
  kind: 'table';
  style: 'agenda' | 'follow-ups' | 'justering';
  caption?: string;
  columns: { label: string; numeric?: boolean }[];
  rows: TableCell[][];
  /** A closing row: the label over all columns but the last, the value in the last. */
  total?: { label: string; value: string };
}

/** Närvarande / Frånvarande / Adjungerade: people by side and organisation, the employer first. */
export interface AttendanceBlock {
  kind: 'attendance';
  lists: { heading: string; groups: { name?: string; people: string[] }[] }[];
}

/** Blocks that belong together: a §, a section, the justering. */
export interface SectionBlock {
  kind: 'section';
  style:
    'protocol-section' | 'paragraph' | 'notes-section' | 'notes-item' | 'chair' | 'justering' | 'cancelled';
  blocks: Block[];
  /** Printed on one page when it fits (the justering block). */
  keepTogether?: boolean;
}

export type Block =
  | HeadingBlock
  | LineBlock
  | TextBlock
  | LabelledBlock
  | FactsBlock
  | TableBlock
  | AttendanceBlock
  | SectionBlock;

/** What is printed around the content: the title, the page head on every page, the page foot. */
export interface PageHead {
  /** The browser tab and the PDF's title: "Protokoll 2/2019 – FSG/VSG Socialförvaltningen". */
  title: string;
  /** "MINNESANTECKNINGAR SAMVERKANSGRUPP" */
  headTitle: string;
  /** A second line under it on a draft, a superseded revision, a cancelled meeting: "UTKAST". */
  marking?: string;
  /** The meeting's date, 2019-02-25. */
  date: string;
  dnr?: string;
  /** The group and which version this is: "FSG/VSG Socialförvaltningen · Revision 2". */
  footer: string;
}

export interface DocumentOutline {
  page: PageHead;
  blocks: Block[];
}

export const line = (text: string, style?: LineStyle): LineBlock =>
  style ? { kind: 'line', text, style } : { kind: 'line', text };

export const heading = (level: HeadingBlock['level'], text: string, number?: string): HeadingBlock =>
  number ? { kind: 'heading', level, text, number } : { kind: 'heading', level, text };

export const section = (style: SectionBlock['style'], blocks: Block[]): SectionBlock => ({
  kind: 'section',
  style,
  blocks,
});
