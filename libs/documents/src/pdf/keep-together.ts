import type { PdfContent, PdfNode } from './pdf-content.js';

/** About seven lines of body text: short enough to always fit on a page with its heading. */
const SHORT_BLOCK_CHARACTERS = 600;

/**
 * A heading kept on the same page as the block after it, so no page ends with a lone "§ 4 Title".
 * pdfmake has no keep-with-next; an unbreakable block does it, but pdfmake silently drops what an
 * unbreakable block has past one page, so only a short first block joins the heading.
 */
export function keepWithNext(heading: PdfNode[], body: PdfNode[]): PdfNode[] {
  const [first, ...rest] = body;
  if (!first || !isShort(first)) return [{ stack: heading, unbreakable: true }, ...body];
  return [{ stack: [...heading, first], unbreakable: true }, ...rest];
}

/** Leads a block list with a heading that must stay with it (a section heading over its first §). */
export function withLeadingHeading(heading: PdfNode, blocks: PdfNode[]): PdfNode[] {
  const [first, ...rest] = blocks;
  if (first?.unbreakable && first.stack) return [{ ...first, stack: [heading, ...first.stack] }, ...rest];
  return [{ stack: [heading], unbreakable: true }, ...blocks];
}

/** About a third of a page: a block this short is surely printed whole on the next page. */
const KEEP_TOGETHER_CHARACTERS = 1200;

/**
 * Whether blocks may be made unbreakable: pdfmake drops whatever an unbreakable block loses past a
 * page, so only what surely fits on one (the justering block of a few justerare) is kept together.
 */
export function fitsOnAPage(nodes: PdfContent[]): boolean {
  return contentLength(nodes) <= KEEP_TOGETHER_CHARACTERS;
}

/** Every character a block prints, tables and stacks included, plus a line's worth per table row. */
function contentLength(content: PdfContent | undefined): number {
  if (content === undefined) return 0;
  if (typeof content === 'string') return content.length;
  if (Array.isArray(content)) return content.reduce<number>((sum, part) => sum + contentLength(part), 0);
  const rows = content.table?.body ?? [];
  return (
    contentLength(content.text) +
    contentLength(content.stack) +
    contentLength(content.columns) +
    rows.reduce<number>((sum, row) => sum + 80 + contentLength(row), 0)
  );
}

function isShort(node: PdfNode): boolean {
  if (node.table || node.stack || node.columns || node.ul) return false;
  return textLength(node.text) <= SHORT_BLOCK_CHARACTERS;
}

/** The characters of a text node, counting nested inline runs. */
function textLength(content: PdfContent | undefined): number {
  if (content === undefined) return 0;
  if (typeof content === 'string') return content.length;
  if (Array.isArray(content)) return content.reduce<number>((sum, part) => sum + textLength(part), 0);
  return textLength(content.text);
}
