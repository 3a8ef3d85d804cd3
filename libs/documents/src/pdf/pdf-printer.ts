import pdfmake, { type PdfMake } from 'pdfmake';
import { embeddedFonts, type EmbeddedFonts } from './fonts.js';
import type { PdfDocumentDefinition } from './pdf-content.js';

/**
 * Turns a pdfmake document definition into PDF bytes. Create one and keep it: the fonts are read
 * once and shared by every document it prints.
 */
export class PdfPrinter {
  private readonly pdfmake: PdfMake;

  constructor(fonts: EmbeddedFonts = embeddedFonts()) {
    // pdfmake's export is a process-wide singleton whose fonts, file system and access policies any
    // other importer could change; a private instance of the same class keeps ours to ourselves.
    const PdfMakeInstance = pdfmake.constructor as new () => PdfMake;
    this.pdfmake = new PdfMakeInstance();
    this.pdfmake.virtualfs = fonts.files;
    this.pdfmake.setFonts(fonts.families);
    // Documents are built from user text only: nothing may make pdfmake fetch a URL or read a file.
    // (Setting the policies also stops pdfmake warning about their absence on every document.)
    this.pdfmake.setUrlAccessPolicy(() => false);
    this.pdfmake.setLocalAccessPolicy(() => false);
  }

  print(definition: PdfDocumentDefinition): Promise<Buffer> {
    return this.pdfmake.createPdf(definition).getBuffer();
  }
}
