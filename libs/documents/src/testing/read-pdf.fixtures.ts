import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PAGE_MARGINS } from '../pdf/styles.js';

export interface ReadPage {
  /** The page head: what is printed above the top margin. */
  head: string;
  /** Everything else but artifacts (a table header repeated on the page). */
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
      const content = await page.getTextContent({ includeMarkedContent: true });
      const head: string[] = [];
      const body: string[] = [];
      let inArtifact = 0;
      for (const item of content.items) {
        if (!('str' in item)) {
          if (item.type === 'endMarkedContent') inArtifact = Math.max(0, inArtifact - 1);
          else if (inArtifact > 0 || (item as { tag?: string }).tag === 'Artifact') inArtifact++;
          continue;
        }
        // transform[5] is the baseline's distance from the page's bottom edge.
        const fromTop = y1 - item.transform[5];
        if (fromTop < PAGE_MARGINS[1]) head.push(item.str);
        // A table's header row repeated on the next page is an artifact: not the document's text.
        else if (inArtifact === 0) body.push(item.str);
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

/** One element of the tag tree as a screen reader meets it: its type, its own text, what it holds. */
export interface TaggedElement {
  role: string;
  /** The text of the element's own marked content and of every element under it. */
  text: string;
  children: TaggedElement[];
}

export interface ReadTags {
  /** The tag tree's top elements on each page (an element running over pages appears on each). */
  pages: TaggedElement[][];
  /** Text marked as an artifact (page heads, a repeated table header), per page. */
  artifacts: string[];
  /** Text that is neither in the tag tree nor an artifact: there should be none. */
  unmarked: string[];
  catalog: {
    markInfo: unknown;
    viewerPreferences: unknown;
  };
}

interface PdfJsStructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: PdfJsStructNode[];
}

/**
 * Reads the tag tree as pdf.js gives it to assistive technology: each page's structure tree with
 * the text of the marked content it points to, and apart from it the text drawn as artifacts or
 * not marked at all.
 */
export async function readTags(pdf: Uint8Array): Promise<ReadTags> {
  const document = await openPdf(pdf);
  try {
    const pages: TaggedElement[][] = [];
    const artifacts: string[] = [];
    const unmarked: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const byId = new Map<string, string>();
      const open: { id?: string; tag?: string }[] = [];
      const artifact: string[] = [];
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
            // pdf.js gives the marked content's tag too, though its types do not say so.
            open.push(item as { id?: string; tag?: string });
          else if (item.type === 'endMarkedContent') open.pop();
          continue;
        }
        if (item.str === '') continue;
        const marked = open.at(-1);
        if (open.some((mark) => mark.tag === 'Artifact')) artifact.push(item.str);
        else if (marked?.id) byId.set(marked.id, [byId.get(marked.id), item.str].filter(Boolean).join(' '));
        else unmarked.push(item.str);
      }
      artifacts.push(words(artifact.join(' ')));
      const tree = (await page.getStructTree()) as PdfJsStructNode | null;
      const element = (node: PdfJsStructNode): TaggedElement => {
        const children = (node.children ?? []).filter((child) => child.role).map(element);
        const own = (node.children ?? []).flatMap((child) =>
          child.type === 'content' && child.id ? [byId.get(child.id) ?? ''] : [],
        );
        const text = words([...own, ...children.map((child) => child.text)].join(' '));
        return { role: node.role ?? '', text, children };
      };
      pages.push(tree ? element(tree).children : []);
    }
    return {
      pages,
      artifacts,
      unmarked,
      catalog: {
        markInfo: await document.getMarkInfo(),
        viewerPreferences: await document.getViewerPreferences(),
      },
    };
  } finally {
    await document.destroy();
  }
}

/** Every element of the trees, depth first (reading order), with the types of those above it. */
export function taggedElements(
  roots: TaggedElement[],
  above: string[] = [],
): (TaggedElement & { path: string[] })[] {
  return roots.flatMap((element) => [
    { ...element, path: above },
    ...taggedElements(element.children, [...above, element.role]),
  ]);
}
