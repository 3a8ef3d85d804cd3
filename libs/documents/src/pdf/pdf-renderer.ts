import type { MeetingDocument } from '../model/index.js';
import { pdfDocumentDefinition } from './document-definition.js';
import { PdfPrinter } from './pdf-printer.js';

/**
 * Renders any meeting document to PDF: A4, Swedish, Roboto embedded, every document as
 * PDF/A-2b. Give it the version the reader may see (`forAudience`): it prints what it is given.
 * Keep one instance: the fonts are loaded once and shared.
 */
export class PdfRenderer {
  constructor(private readonly printer: PdfPrinter = new PdfPrinter()) {}

  render(document: MeetingDocument): Promise<Buffer> {
    return this.printer.print(pdfDocumentDefinition(document));
  }
}
