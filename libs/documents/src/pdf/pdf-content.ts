/**
 * The subset of pdfmake's document definition the renderer writes. pdfmake takes every string as
 * literal text (there is no markup or template language in it), so user text goes in as it is.
 */

export type PdfContent = string | PdfNode | PdfContent[];

type Margin = number | [number, number] | [number, number, number, number];

export interface PdfNode {
  text?: string | PdfContent[];
  stack?: PdfContent[];
  columns?: PdfContent[];
  ul?: PdfContent[];
  table?: PdfTable;
  layout?: string;
  style?: string | string[];
  bold?: boolean;
  italics?: boolean;
  fontSize?: number;
  color?: string;
  alignment?: 'left' | 'right' | 'center' | 'justify';
  margin?: Margin;
  width?: number | string;
  colSpan?: number;
  /** Keeps the node on one page; pdfmake drops what does not fit, so only for short blocks. */
  unbreakable?: boolean;
  noWrap?: boolean;
}

export interface PdfTable {
  widths?: (number | string)[];
  headerRows?: number;
  dontBreakRows?: boolean;
  body: PdfContent[][];
}

export type PdfStyle = Omit<PdfNode, 'text' | 'stack' | 'columns' | 'ul' | 'table' | 'style'> & {
  lineHeight?: number;
};

export interface PdfInfo {
  title: string;
  author: string;
  subject?: string;
  creator: string;
  producer: string;
  creationDate: Date;
}

/** pdfmake's header function: called for each page once the page count is known. */
export type PdfPageHead = (currentPage: number, pageCount: number) => PdfContent;

export interface PdfDocumentDefinition {
  pageSize: 'A4';
  pageMargins: [number, number, number, number];
  /** PDF version; pdfmake's default 1.3 writes no XMP metadata at all. */
  version: '1.7';
  /** pdfkit's PDF/A conformance level, passed through by pdfmake. */
  subset?: 'PDF/A-2b';
  /** The catalog's /Lang. */
  language: string;
  displayTitle: boolean;
  info: PdfInfo;
  header: PdfPageHead;
  content: PdfContent[];
  styles: Record<string, PdfStyle>;
  defaultStyle: PdfStyle & { font: string };
}
