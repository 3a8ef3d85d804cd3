import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PAGE_MARGINS } from '../pdf/styles.js';

export interface ReadPage {
  /** The page head: what is printed above the top margin. */
  head: string;
  /** Everything else. */
  body: string;
  /** Width and height in points. */
  size: [number, number];
}

export interface ReadPdf {
  pages: ReadPage[];
  /** The bodies of all pages in order, without the page heads that interrupt them. */
  text: string;
  info: Record<string, unknown>;
  /** The XMP packet's entries as pdf.js parses them ("pdfaid:part" → "2"); empty without XMP. */
  xmp: Map<string, unknown>;
}

/** White space as a reader sees it: line breaks and paragraph breaks are just spaces. */
export const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Opens a PDF with pdf.js as a viewer would, with no system fonts or programs. */
export const openPdf = (pdf: Uint8Array) =>
  getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    disableFontFace: true,
    // pdf.js warns that it has no standard font data; every font here is embedded, none is needed.
    verbosity: VerbosityLevel.ERRORS,
  }).promise;

/** Reads a PDF the way a viewer does (pdf.js), with no system programs. */
export async function readPdf(pdf: Uint8Array): Promise<ReadPdf> {
  const document = await openPdf(pdf);
  try {
    const pages: ReadPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const head: string[] = [];
      const body: string[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        // transform[5] is the baseline's distance from the page's bottom edge.
        const fromTop = y1 - item.transform[5];
        (fromTop < PAGE_MARGINS[1] ? head : body).push(item.str);
      }
      pages.push({ head: words(head.join(' ')), body: words(body.join(' ')), size: [x1 - x0, y1 - y0] });
    }
    const metadata = await document.getMetadata();
    const xmp = new Map<string, unknown>(metadata.metadata ? [...metadata.metadata] : []);
    const text = pages.map((page) => page.body).join(' ');
    return { pages, text, info: metadata.info as Record<string, unknown>, xmp };
  } finally {
    await document.destroy();
  }
}
