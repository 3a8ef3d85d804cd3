import { FONT_FAMILY } from './fonts.js';
import type { PdfStyle } from './pdf-content.js';

/** A4 with about 2 cm sides; the top margin leaves room for the page head. */
export const PAGE_MARGINS: [number, number, number, number] = [56, 92, 56, 56];

export const DEFAULT_STYLE: PdfStyle & { font: string } = {
  font: FONT_FAMILY,
  fontSize: 10,
  lineHeight: 1.2,
};

export const STYLES: Record<string, PdfStyle> = {
  pageHead: { fontSize: 8, lineHeight: 1.1 },
  pageHeadTitle: { fontSize: 9, bold: true },
  documentTitle: { fontSize: 16, bold: true, margin: [0, 0, 0, 6] },
  subtitle: { fontSize: 11, margin: [0, 0, 0, 2] },
  revision: { fontSize: 9, italics: true, margin: [0, 4, 0, 0] },
  label: { bold: true },
  sectionHeading: { fontSize: 13, bold: true, margin: [0, 14, 0, 4] },
  paragraphHeading: { fontSize: 11, bold: true, margin: [0, 10, 0, 3] },
  text: { margin: [0, 0, 0, 6] },
  meta: { fontSize: 9, color: '#444444', margin: [0, 0, 0, 4] },
  note: { italics: true, margin: [0, 0, 0, 6] },
  tableHeader: { fontSize: 9, bold: true },
  tableCell: { fontSize: 9 },
  hash: { fontSize: 8, color: '#444444' },
  cancelled: { fontSize: 14, bold: true, color: '#a00000', margin: [0, 6, 0, 6] },
};
