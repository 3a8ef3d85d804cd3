import type { PdfContent } from './pdf-content.js';
import type { PageHeadText } from './page-head.js';

/** What each kind of document contributes: its page head, its title for the metadata, its content. */
export interface DocumentLayout {
  head: PageHeadText;
  /** The document's title in the PDF metadata (never an item's title: it may be confidential). */
  title: string;
  content: PdfContent[];
}
