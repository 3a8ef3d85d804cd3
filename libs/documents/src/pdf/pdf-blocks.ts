import type {
  AttendanceBlock,
  Block,
  FactsBlock,
  HeadingBlock,
  LabelledBlock,
  LineStyle,
  SectionBlock,
  TableBlock,
  TableCell,
} from '../outline/index.js';
import { fitsOnAPage, keepWithNext, withLeadingHeading } from './keep-together.js';
import type { PdfContent, PdfNode } from './pdf-content.js';
import { pdfTable } from './pdf-tables.js';

/**
 * The outline's blocks as pdfmake content. Only the look is chosen here (styles.ts); every word
 * comes from the outline, so the PDF says what the HTML page says, in the same order.
 */
export function pdfBlocks(blocks: Block[]): PdfNode[] {
  return blocks.flatMap(pdfBlock);
}

function pdfBlock(block: Block): PdfNode[] {
  switch (block.kind) {
    case 'heading':
      return [headingNode(block)];
    case 'line':
      return [{ text: block.text, ...LINE_LOOKS[block.style ?? 'plain'] }];
    case 'text':
      return textParagraphs(block.text);
    case 'labelled':
      return [labelledNode(block)];
    case 'facts':
      return [factsNode(block)];
    case 'table':
      return tableNodes(block);
    case 'attendance':
      return attendanceNodes(block);
    case 'section':
      return sectionNodes(block);
  }
}

const LINE_LOOKS: Record<LineStyle | 'plain', PdfNode> = {
  plain: { style: 'text' },
  subtitle: { style: 'subtitle' },
  'attachment-of': { style: 'subtitle', margin: [0, 6, 0, 2] },
  revision: { style: 'revision' },
  draft: { style: 'note' },
  superseded: { style: 'note' },
  public: { style: 'note' },
  confidential: { style: 'note' },
  notice: { style: 'note' },
  meta: { style: 'meta' },
  origin: { style: 'meta' },
  scope: { style: 'label', margin: [0, 0, 0, 6] },
  outcome: { style: 'text', bold: true },
  deferral: { style: 'note' },
  omitted: { style: 'note' },
  'no-items': { style: 'note' },
  'closed-at': { style: 'text', margin: [0, 10, 0, 6] },
  closing: { style: 'text', margin: [0, 14, 0, 6] },
  'justering-status': { style: 'text' },
  'justering-sentence': { style: 'text' },
  'cancelled-label': { style: 'cancelled' },
};

const HEADING_STYLES = { 1: 'documentTitle', 2: 'sectionHeading', 3: 'paragraphHeading' } as const;

function headingNode(block: HeadingBlock): PdfNode {
  const node: PdfNode = {
    text: block.number ? `${block.number} ${block.text}`.trim() : block.text,
    style: HEADING_STYLES[block.level],
  };
  // The minnesanteckningar's title is a whole sentence: a size smaller keeps it to two lines.
  return block.level === 1 && block.text.length > 60 ? { ...node, fontSize: 14 } : node;
}

/**
 * Recorded text as blocks: paragraphs are separated by blank lines, a single line break stays a line
 * break inside its paragraph.
 */
function textParagraphs(text: string): PdfNode[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => ({ text: paragraph, style: 'text' }));
}

/** "Vision: Vi ser positivt på förslaget.": the lead in bold, the text after it. */
function labelledNode(block: LabelledBlock): PdfNode {
  if (block.style === 'hash') {
    return {
      stack: [
        { text: block.label, style: 'label' },
        { text: block.text, style: 'hash' },
      ],
      margin: [0, 4, 0, 0],
    };
  }
  return { text: [{ text: `${block.label} `, bold: true }, block.text], style: 'text' };
}

/** Label and value rows without borders: "Tid  den 25 februari 2019 kl. 08.30–11.00". */
function factsNode(block: FactsBlock): PdfNode {
  const body: PdfContent[][] = block.rows.map((row) => [{ text: row.label, style: 'label' }, row.value]);
  return { table: { widths: [140, '*'], body }, layout: 'noBorders', margin: [0, 6, 0, 6] };
}

function tableNodes(block: TableBlock): PdfNode[] {
  const caption: PdfNode[] = block.caption
    ? [{ text: block.caption, style: 'label', margin: [0, 2, 0, 0] }]
    : [];
  return [...caption, pdfTable(block, cellNode)];
}

function cellNode(cell: TableCell): PdfNode {
  const look: PdfNode = {
    style: 'tableCell',
    ...(cell.numeric ? { alignment: 'right' } : {}),
    ...(cell.omitted ? { italics: true } : {}),
    ...(cell.heading ? { bold: true } : {}),
  };
  if (!cell.notes) return { text: cell.text, ...look };
  return {
    stack: [
      { text: cell.text, ...look },
      ...cell.notes.map((note) => ({ text: note, style: 'tableCell', italics: true, color: '#444444' })),
    ],
  };
}

/** Each list's heading, then a row per organisation: the name on the left, its people on the right. */
function attendanceNodes(block: AttendanceBlock): PdfNode[] {
  return block.lists.flatMap((list) => {
    const heading: PdfNode = { text: list.heading, style: 'label', margin: [0, 6, 0, 2] };
    const body: PdfContent[][] = list.groups.map((group) => [
      { text: group.name ?? '', style: 'label' },
      { stack: group.people },
    ]);
    return [
      heading,
      { table: { widths: [140, '*'], dontBreakRows: true, body }, layout: 'noBorders', margin: [0, 0, 0, 4] },
    ];
  });
}

/**
 * A section's blocks, its heading kept on the page of what follows it (with the § lines that
 * describe the item), and a block that should stay together kept on one page when it surely fits.
 */
function sectionNodes(block: SectionBlock): PdfNode[] {
  const [first, ...rest] = block.blocks;
  let nodes: PdfNode[];
  if (first?.kind === 'heading') {
    const described = leadingMetaLines(rest);
    const head = [headingNode(first), ...pdfBlocks(described)];
    const body = pdfBlocks(rest.slice(described.length));
    nodes =
      head.length === 1 && body[0]?.unbreakable
        ? withLeadingHeading(head[0], body)
        : keepWithNext(head, body);
  } else {
    nodes = pdfBlocks(block.blocks);
  }
  if (block.keepTogether && fitsOnAPage(nodes)) return [{ stack: nodes, unbreakable: true }];
  return nodes;
}

function leadingMetaLines(blocks: Block[]): Block[] {
  const end = blocks.findIndex(
    (block) => !(block.kind === 'line' && (block.style === 'meta' || block.style === 'origin')),
  );
  return end < 0 ? blocks : blocks.slice(0, end);
}
