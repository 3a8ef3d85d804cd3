import { type Flow, type Parent, type Place, type TaggedWriter } from './tagged-writer.js';

/**
 * Rows of columns: the tables (a tagged Table with header cells) and the two-column layouts of the
 * facts and the närvarolista. Rows are not split across pages; a table's header row is repeated
 * on every page it runs over, as an artifact (it is in the tag tree once).
 */

export interface GridCell {
  /** "TH" or "TD" in a table; none in a layout grid, where the content goes to the parent. */
  type?: 'TH' | 'TD';
  scope?: 'Column' | 'Row';
  colSpan?: number;
  /** The cell's content, laid out in the place the cell has. */
  content: (place: Place) => Flow[];
}

export interface GridSpec {
  /** Column widths in points, '*' sharing what is left, as pdfmake took them. */
  widths: (number | '*')[];
  /** Rules between rows (a heavier one under the header), or none at all. */
  rules: boolean;
  /** A tagged Table, or a layout whose cells' content is the parent's. */
  table: boolean;
  caption?: Flow;
  header?: GridCell[];
  body: GridCell[][];
  footer?: GridCell[];
  above: number;
  below: number;
}

const PADDING_Y = 2;
const RULE = { header: { width: 2, color: '#000000' }, row: { width: 1, color: '#aaaaaa' } };

interface LaidRow {
  cells: { cell: GridCell; flows: Flow[] }[];
  height: number;
}

/** Cell padding as pdfmake's layouts had it: lightHorizontalLines 8, noBorders 4, none at the edges. */
function columnPlaces(writer: TaggedWriter, spec: GridSpec): Place[] {
  const padding = spec.rules ? 8 : 4;
  const count = spec.widths.length;
  const fixed = spec.widths.reduce<number>((sum, width) => sum + (width === '*' ? 0 : width), 0);
  const stars = spec.widths.filter((width) => width === '*').length;
  const star = Math.max(0, (writer.width - fixed - padding * 2 * (count - 1)) / Math.max(stars, 1));
  let x = writer.left;
  return spec.widths.map((width) => {
    const place = { x, width: width === '*' ? star : width };
    x += place.width + padding * 2;
    return place;
  });
}

function layRow(places: Place[], cells: GridCell[]): LaidRow {
  let column = 0;
  const laid = cells.map((cell) => {
    const first = places[column]!;
    const last = places[Math.min(column + (cell.colSpan ?? 1), places.length) - 1]!;
    column += cell.colSpan ?? 1;
    return { cell, flows: cell.content({ x: first.x, width: last.x + last.width - first.x }) };
  });
  const content = Math.max(0, ...laid.map(({ flows }) => flows.reduce((sum, flow) => sum + flow.height, 0)));
  return { cells: laid, height: content + 2 * PADDING_Y };
}

export function gridFlow(writer: TaggedWriter, spec: GridSpec): Flow {
  const places = columnPlaces(writer, spec);
  const header = spec.header && layRow(places, spec.header);
  const body = spec.body.map((cells) => layRow(places, cells));
  const footer = spec.footer && layRow(places, spec.footer);
  const rows = [header, ...body, footer].filter((row): row is LaidRow => row !== undefined);
  const rules = spec.rules ? rows.length - 1 + (header ? RULE.header.width - RULE.row.width : 0) : 0;
  const captionHeight = spec.caption?.height ?? 0;
  const height =
    spec.above + captionHeight + rows.reduce((sum, row) => sum + row.height, 0) + rules + spec.below;
  const lead = spec.above + captionHeight + (header?.height ?? 0) + (body[0]?.height ?? 0) + rules;

  /** The rule above a row, an artifact: the heavy one under the header, a light one between rows. */
  const ruleAbove = (afterHeader: boolean) => {
    if (!spec.rules) return;
    const rule = afterHeader ? RULE.header : RULE.row;
    const y = writer.doc.y + rule.width / 2;
    const right = places.at(-1)!.x + places.at(-1)!.width;
    writer.artifact('Layout', () => {
      writer.doc
        .save()
        .moveTo(writer.left, y)
        .lineTo(right, y)
        .lineWidth(rule.width)
        .strokeColor(rule.color)
        .stroke()
        .restore();
    });
    writer.doc.y += rule.width;
  };

  const drawRow = (row: LaidRow, parent: Parent) => {
    const top = writer.doc.y;
    const tr = spec.table ? writer.element(parent, 'TR') : parent;
    for (const { cell, flows } of row.cells) {
      writer.doc.y = top + PADDING_Y;
      const into = cell.type ? writer.element(tr, cell.type, cell) : tr;
      for (const flow of flows) flow.draw(into);
      if (cell.type) writer.end(into);
    }
    if (spec.table) writer.end(tr);
    writer.doc.y = top + row.height;
  };

  return {
    height,
    lead,
    draw: (parent) => {
      writer.keepSpace(lead);
      writer.doc.y += spec.above;
      const table = spec.table ? writer.element(parent, 'Table') : parent;
      if (spec.caption) {
        const caption = writer.element(table, 'Caption');
        spec.caption.draw(caption);
        writer.end(caption);
      }
      let afterHeader = false;
      if (header) {
        const head = spec.table ? writer.element(table, 'THead') : table;
        drawRow(header, head);
        if (spec.table) writer.end(head);
        afterHeader = true;
      }
      const group = (type: string, laid: LaidRow[]) => {
        if (laid.length === 0) return;
        const element = spec.table ? writer.element(table, type) : table;
        laid.forEach((row, index) => {
          const page = writer.doc.page;
          // The total row is not left alone on a page: the last row goes over with it.
          const withTotal = footer && laid === body && index === laid.length - 1 ? footer.height + 1 : 0;
          const rule = spec.rules ? RULE.header.width : 0;
          if (writer.doc.y + rule + row.height + withTotal > page.height - page.margins.bottom) {
            writer.doc.addPage();
            // The header again, for the reader of this page; in the tag tree it is there once.
            if (header) writer.artifact('Pagination', () => drawRow(header, undefined));
            afterHeader = header !== undefined;
          }
          ruleAbove(afterHeader);
          afterHeader = false;
          drawRow(row, element);
        });
        if (spec.table) writer.end(element);
      };
      group('TBody', body);
      group('TFoot', footer ? [footer] : []);
      if (spec.table) writer.end(table);
      writer.doc.y += spec.below;
    },
  };
}
