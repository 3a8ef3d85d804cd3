import type { FontCut } from './fonts.js';

/** A4 with about 2 cm sides; the top margin leaves room for the page head. [left, top, right, bottom] */
export const PAGE_MARGINS: [number, number, number, number] = [56, 92, 56, 56];

/** Every line is this much taller than the font's own line height (pdfmake's lineHeight 1.2 before). */
export const LINE_HEIGHT = 1.2;

export interface TextStyle {
  fontSize: number;
  cut: FontCut;
  color: string;
  /** Space above and below the block, in points. */
  above: number;
  below: number;
}

const BODY: TextStyle = { fontSize: 10, cut: 'regular', color: '#000000', above: 0, below: 0 };
const style = (look: Partial<TextStyle>): TextStyle => ({ ...BODY, ...look });

export const STYLES = {
  pageHead: style({ fontSize: 8 }),
  pageHeadTitle: style({ fontSize: 9, cut: 'bold' }),
  documentTitle: style({ fontSize: 16, cut: 'bold', below: 6 }),
  /** The minnesanteckningar's title is a whole sentence: a size smaller keeps it to two lines. */
  longDocumentTitle: style({ fontSize: 14, cut: 'bold', below: 6 }),
  subtitle: style({ fontSize: 11, below: 2 }),
  revision: style({ fontSize: 9, cut: 'italic', above: 4 }),
  label: style({ cut: 'bold' }),
  /** "Närvarande", "Frånvarande": a bold line over the organisations. */
  attendanceHeading: style({ cut: 'bold', above: 6, below: 2 }),
  /** "Uppföljning" over its table. */
  caption: style({ cut: 'bold', below: 2 }),
  sectionHeading: style({ fontSize: 13, cut: 'bold', above: 14, below: 4 }),
  paragraphHeading: style({ fontSize: 11, cut: 'bold', above: 10, below: 3 }),
  text: style({ below: 6 }),
  meta: style({ fontSize: 9, color: '#444444', below: 4 }),
  note: style({ cut: 'italic', below: 6 }),
  tableHeader: style({ fontSize: 9, cut: 'bold' }),
  tableCell: style({ fontSize: 9 }),
  /** Body text in a cell or a list: no space of its own around it. */
  tableBody: BODY,
  tableNote: style({ fontSize: 9, cut: 'italic', color: '#444444' }),
  hash: style({ fontSize: 8, color: '#444444' }),
  cancelled: style({ fontSize: 14, cut: 'bold', color: '#a00000', above: 6, below: 6 }),
} satisfies Record<string, TextStyle>;

/** The same look with other spacing or another cut. */
export const restyled = (base: TextStyle, change: Partial<TextStyle>): TextStyle => ({ ...base, ...change });
