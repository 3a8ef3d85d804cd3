import type { MeetingDocument } from '../model/index.js';
import { embeddedFonts, type EmbeddedFonts } from './fonts.js';
import { writePdf } from './pdf-document.js';

/**
 * Renders any meeting document to PDF: A4, Swedish, Roboto embedded, every document as PDF/A-2b
 * and tagged for PDF/UA. Give it the version the reader may see (`forAudience`): it prints what it
 * is given. Keep one instance: the fonts are loaded once and shared.
 */
export class PdfRenderer {
  constructor(private readonly fonts: EmbeddedFonts = embeddedFonts()) {}

  render(document: MeetingDocument): Promise<Buffer> {
    return writePdf(document, this.fonts);
  }
}
