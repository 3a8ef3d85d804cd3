/**
 * The part of pdfmake 0.3's server API this renderer uses. pdfmake ships no type declarations and
 * @types/pdfmake describes 0.2, so the few calls are declared here (checked against
 * node_modules/pdfmake/js/base.js, index.js and OutputDocument.js).
 */
declare module 'pdfmake' {
  /** A font family: one file name per style, looked up in `virtualfs` before the disk. */
  export interface PdfMakeFontFamily {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  /** What pdfmake's code reads from a virtual file system. */
  export interface PdfMakeVirtualFs {
    existsSync(filename: string): boolean;
    readFileSync(filename: string): Buffer;
    writeFileSync(filename: string, content: Buffer): void;
  }

  export interface PdfMakeOutputDocument {
    getBuffer(): Promise<Buffer>;
  }

  export interface PdfMake {
    virtualfs: PdfMakeVirtualFs;
    setFonts(fonts: Record<string, PdfMakeFontFamily>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(definition: object, options?: object): PdfMakeOutputDocument;
  }

  const pdfmake: PdfMake;
  export default pdfmake;
}
