import type { TableBlock, TableCell } from '../outline/index.js';
import type { PdfContent, PdfNode } from './pdf-content.js';

/** Column widths per kind of table, in points of the 483-point text width. */
const WIDTHS: Record<TableBlock['style'], (number | string)[]> = {
  agenda: [16, '*', 74, 72, 62, 34],
  'follow-ups': ['*', 130, 70],
  justering: ['*', '*', 150],
};

/**
 * A table with its header row repeated on every page it runs over; rows are not split across
 * pages. A cell spanning columns is followed by the empty cells pdfmake expects in its place.
 */
export function pdfTable(block: TableBlock, cellNode: (cell: TableCell) => PdfNode): PdfNode {
  const header = block.columns.map((column) => ({
    text: column.label,
    style: 'tableHeader',
    ...(column.numeric ? { alignment: 'right' as const } : {}),
  }));
  const rows = block.rows.map((cells) =>
    cells.flatMap((cell): PdfContent[] => {
      const node = cellNode(cell);
      if (!cell.colSpan || cell.colSpan < 2) return [node];
      return [{ ...node, colSpan: cell.colSpan }, ...Array<string>(cell.colSpan - 1).fill('')];
    }),
  );
  const body: PdfContent[][] = [header, ...rows];
  if (block.total) {
    const span = block.columns.length - 1;
    body.push([
      { text: block.total.label, style: 'tableHeader', colSpan: span },
      ...Array<string>(span - 1).fill(''),
      { text: block.total.value, style: 'tableHeader', alignment: 'right' },
    ]);
  }
  return {
    table: { widths: WIDTHS[block.style], headerRows: 1, dontBreakRows: true, body },
    layout: 'lightHorizontalLines',
    margin: [0, 2, 0, 8],
  };
}
