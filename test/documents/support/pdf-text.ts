import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** The page head: title, DNR, date and "SID x(y)". */
  head: string;
  /** Everything below the page head, whitespace collapsed. */
  body: string;
  width: number;
  height: number;
}

export interface PdfText {
  pages: PdfPage[];
  /** The bodies of every page, joined: a text broken by a page break reads as one. */
  body: string;
  /** The XMP metadata packet, where PDF/A identification lives. */
  xmp: string | undefined;
  info: Record<string, unknown>;
}

/** Page heads are drawn in the top margin; everything above this many points from the top is head. */
const HEAD_HEIGHT = 70;

/** Reads a PDF as a reader would: text per page (head and body apart), metadata, page size. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({
    // A copy as a plain Uint8Array: pdf.js refuses a Buffer and transfers (detaches) what it is given.
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const head: string[] = [];
      const body: string[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        (y > height - HEAD_HEIGHT ? head : body).push(item.str, item.hasEOL ? '\n' : '');
      }
      pages.push({ head: collapse(head.join(' ')), body: collapse(body.join(' ')), width, height });
    }
    const metadata = await pdf.getMetadata();
    return {
      pages,
      body: collapse(pages.map((page) => page.body).join(' ')),
      xmp: metadata.metadata?.getRaw() as string | undefined,
      info: metadata.info as Record<string, unknown>,
    };
  } finally {
    await pdf.destroy();
  }
}

/** Collapses runs of whitespace, so wrapped lines compare with the recorded text. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
