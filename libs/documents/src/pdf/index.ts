export { pdfDocumentDefinition } from './document-definition.js';
export { PdfPrinter } from './pdf-printer.js';
export { PdfRenderer } from './pdf-renderer.js';
