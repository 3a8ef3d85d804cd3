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
import { type GridCell, gridFlow } from './pdf-grid.js';
import { restyled, STYLES, type TextStyle } from './styles.js';
import { type Flow, groupFlow, type Place, type TaggedWriter, textFlow } from './tagged-writer.js';

/** Column widths per kind of table, in points of the 483-point text width. */
const WIDTHS: Record<TableBlock['style'], (number | '*')[]> = {
  agenda: [16, '*', 74, 72, 62, 34],
  'follow-ups': ['*', 130, 70],
  justering: ['*', '*', 150],
};

const LINE_LOOKS: Record<LineStyle | 'plain', TextStyle> = {
  plain: STYLES.text,
  subtitle: STYLES.subtitle,
  'attachment-of': restyled(STYLES.subtitle, { above: 6, below: 2 }),
  revision: STYLES.revision,
  draft: STYLES.note,
  superseded: STYLES.note,
  public: STYLES.note,
  confidential: STYLES.note,
  notice: STYLES.note,
  meta: STYLES.meta,
  origin: STYLES.meta,
  scope: restyled(STYLES.label, { below: 6 }),
  outcome: restyled(STYLES.text, { cut: 'bold' }),
  deferral: STYLES.note,
  omitted: STYLES.note,
  'no-items': STYLES.note,
  'closed-at': restyled(STYLES.text, { above: 10, below: 6 }),
  closing: restyled(STYLES.text, { above: 14, below: 6 }),
  'justering-status': STYLES.text,
  'justering-sentence': STYLES.text,
  'cancelled-label': STYLES.cancelled,
};

const HEADING_LOOKS = { 1: STYLES.documentTitle, 2: STYLES.sectionHeading, 3: STYLES.paragraphHeading };

/**
 * The outline's blocks as tagged flows: headings H1–H3, paragraphs P, sections Sect, tables with
 * TH and TD, the närvarolista's people as lists L/LI. Only the look is chosen here (styles.ts);
 * every word comes from the outline, so the PDF says what the HTML page says, in the same order,
 * and tags it as the page marks it up.
 */
export class PdfBlocks {
  /** The headings above the current point: the outline's level and the level it is tagged with. */
  private readonly openHeadings: { level: number; tag: number }[] = [];

  constructor(private readonly writer: TaggedWriter) {}

  flows(blocks: Block[]): Flow[] {
    return blocks.flatMap((block) => this.flow(block));
  }

  private flow(block: Block): Flow[] {
    switch (block.kind) {
      case 'heading':
        return [this.heading(block)];
      case 'line':
        return [this.paragraph(block.text, LINE_LOOKS[block.style ?? 'plain'])];
      case 'text':
        return paragraphsOf(block.text).map((paragraph) => this.paragraph(paragraph, STYLES.text));
      case 'labelled':
        return this.labelled(block);
      case 'facts':
        return [this.facts(block)];
      case 'table':
        return [this.table(block)];
      case 'attendance':
        return this.attendance(block);
      case 'section':
        return [this.section(block)];
    }
  }

  private paragraph(text: string, look: TextStyle, place?: Place): Flow {
    return textFlow(this.writer, 'P', [{ text }], look, place);
  }

  private heading(block: HeadingBlock): Flow {
    const text = block.number ? `${block.number} ${block.text}`.trim() : block.text;
    const look =
      block.level === 1 && block.text.length > 60 ? STYLES.longDocumentTitle : HEADING_LOOKS[block.level];
    return this.headingFlow(block.level, text, look);
  }

  /**
   * A heading tagged one level below the heading it stands under, so no level is skipped where the
   * outline skips one (a protocol's §§ without a section heading are H2 under the H1 title).
   */
  private headingFlow(level: number, text: string, look: TextStyle, place?: Place): Flow {
    while ((this.openHeadings.at(-1)?.level ?? 0) >= level) this.openHeadings.pop();
    const tag = (this.openHeadings.at(-1)?.tag ?? 0) + 1;
    this.openHeadings.push({ level, tag });
    return textFlow(this.writer, `H${Math.min(tag, 6)}`, [{ text }], look, place);
  }

  /**
   * Headings in a section or the närvarolista head what is in it only: after it, the next heading
   * is tagged as if they had not been (the §§ after the närvarolista are not under "Frånvarande").
   */
  private scoped(plan: () => Flow[]): Flow[] {
    const open = this.openHeadings.length;
    const flows = plan();
    this.openHeadings.length = Math.min(open, this.openHeadings.length);
    return flows;
  }

  /** "Vision: Vi ser positivt på förslaget.": the lead in bold, the text after it, one paragraph. */
  private labelled(block: LabelledBlock): Flow[] {
    if (block.style === 'hash') {
      return [
        this.paragraph(block.label, restyled(STYLES.label, { above: 4 })),
        this.paragraph(block.text, STYLES.hash),
      ];
    }
    const runs = [{ text: `${block.label} `, cut: 'bold' as const }, { text: block.text }];
    return [textFlow(this.writer, 'P', runs, STYLES.text)];
  }

  /** Label and value rows: a table whose labels are row headers. */
  private facts(block: FactsBlock): Flow {
    const cell = (type: 'TH' | 'TD', text: string, look: TextStyle): GridCell => ({
      type,
      ...(type === 'TH' ? { scope: 'Row' as const } : {}),
      content: (place) => [textFlow(this.writer, undefined, [{ text }], look, place)],
    });
    return gridFlow(this.writer, {
      widths: [140, '*'],
      rules: false,
      table: true,
      body: block.rows.map((row) => [
        cell('TH', row.label, STYLES.label),
        cell('TD', row.value, STYLES.tableBody),
      ]),
      above: 6,
      below: 6,
    });
  }

  private table(block: TableBlock): Flow {
    const text = (value: string, look: TextStyle, numeric?: boolean) => (place: Place) => [
      textFlow(
        this.writer,
        undefined,
        [{ text: value }],
        look,
        numeric ? { ...place, align: 'right' } : place,
      ),
    ];
    const header: GridCell[] = block.columns.map((column) => ({
      type: 'TH',
      scope: 'Column',
      content: text(column.label, STYLES.tableHeader, column.numeric),
    }));
    const body = block.rows.map((cells) => cells.map((cell) => this.cell(cell)));
    const footer: GridCell[] | undefined = block.total && [
      {
        type: 'TH',
        scope: 'Row',
        colSpan: block.columns.length - 1,
        content: text(block.total.label, STYLES.tableHeader),
      },
      { type: 'TD', content: text(block.total.value, STYLES.tableHeader, true) },
    ];
    return gridFlow(this.writer, {
      widths: WIDTHS[block.style],
      rules: true,
      table: true,
      caption: block.caption
        ? textFlow(this.writer, undefined, [{ text: block.caption }], STYLES.caption)
        : undefined,
      header,
      body,
      footer,
      above: 2,
      below: 8,
    });
  }

  /** A cell's text, and smaller lines under it (origin, comment) as paragraphs of the cell. */
  private cell(cell: TableCell): GridCell {
    const cut = cell.heading ? 'bold' : cell.omitted ? 'italic' : 'regular';
    const look = restyled(STYLES.tableCell, { cut });
    return {
      type: 'TD',
      colSpan: cell.colSpan,
      content: (place) => {
        const at = cell.numeric ? { ...place, align: 'right' as const } : place;
        const text = textFlow(this.writer, undefined, [{ text: cell.text }], look, at);
        const notes = (cell.notes ?? []).map((note) => this.paragraph(note, STYLES.tableNote, place));
        return cell.text === '' ? notes : [text, ...notes];
      },
    };
  }

  /**
   * Each list's heading, then a row per organisation: its name on the left, its people on the
   * right. Tagged as the page has it: the list's heading, the organisation's under it, the people
   * a list.
   */
  private attendance(block: AttendanceBlock): Flow[] {
    return this.scoped(() => this.attendanceLists(block));
  }

  private attendanceLists(block: AttendanceBlock): Flow[] {
    return block.lists.flatMap((list) => [
      this.headingFlow(2, list.heading, STYLES.attendanceHeading),
      gridFlow(this.writer, {
        widths: [140, '*'],
        rules: false,
        table: false,
        body: list.groups.map((group) => [
          {
            content: (place) => (group.name ? [this.headingFlow(3, group.name, STYLES.label, place)] : []),
          },
          { content: (place) => [this.peopleList(group.people, place)] },
        ]),
        above: 0,
        below: 4,
      }),
    ]);
  }

  private peopleList(people: string[], place: Place): Flow {
    const items = people.map((person) =>
      groupFlow(this.writer, [textFlow(this.writer, 'LBody', [{ text: person }], STYLES.tableBody, place)], {
        type: 'LI',
      }),
    );
    return groupFlow(this.writer, items, { type: 'L' });
  }

  /**
   * A section's blocks, its heading kept on the page of what follows it (with the § lines that
   * describe the item), and a block that should stay together kept on one page when it fits.
   */
  private section(block: SectionBlock): Flow {
    const [first, ...rest] = block.blocks;
    const head = first?.kind === 'heading' ? 1 + leadingMetaLines(rest) : 0;
    return groupFlow(
      this.writer,
      this.scoped(() => this.flows(block.blocks)),
      {
        type: 'Sect',
        head,
        keepTogether: block.keepTogether,
      },
    );
  }
}

/**
 * Recorded text as paragraphs: separated by blank lines; a single line break stays a line break
 * inside its paragraph.
 */
function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** How many of the blocks after a § heading are its "Föredragande" and origin lines. */
function leadingMetaLines(blocks: Block[]): number {
  const end = blocks.findIndex(
    (block) => !(block.kind === 'line' && (block.style === 'meta' || block.style === 'origin')),
  );
  return end < 0 ? blocks.length : end;
}
