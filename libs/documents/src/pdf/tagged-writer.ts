import type { FontCut } from './fonts.js';
import { LINE_HEIGHT, type TextStyle } from './styles.js';

/**
 * A structure element of the PDF's tag tree with its type ("P", "TD"). `undefined` where a flow is
 * drawn as an artifact (a table header repeated on the next page): drawn, not tagged.
 */
export interface Tag {
  element: PDFKit.PDFStructureElement;
  type: string;
}
export type Parent = Tag | undefined;

/** A stretch of text in one cut; a paragraph is one or more ("Vision:" in bold, then the text). */
export interface Run {
  text: string;
  cut?: FontCut;
}

/**
 * Something laid out top to bottom: its height known before it is drawn, so a heading can be kept
 * with what follows it and a short block kept on one page.
 */
export interface Flow {
  readonly height: number;
  /** What must fit on the page for the flow to start there: a heading and the first lines after it. */
  readonly lead: number;
  draw(parent: Parent): void;
}

/** About three lines of body text: a block that starts on a page shows at least that much of itself. */
const LEAD = 45;
export const leadOf = (height: number): number => Math.min(height, LEAD);

/** Attributes pdfkit's struct options do not cover (ColSpan): its element's dictionary is open. */
interface WithDictionary {
  dictionary: { data: { A?: Record<string, unknown> } };
}

/**
 * The tagged drawing primitives over a pdfkit document: every piece of text is marked content of
 * a structure element, and whatever is not content (page heads, rules) is an artifact, as PDF/UA
 * asks.
 */
export class TaggedWriter {
  constructor(readonly doc: PDFKit.PDFDocument) {}

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    const { margins, width } = this.doc.page;
    return width - margins.left - margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** A new page when `height` does not fit below, unless the page is still empty. */
  keepSpace(height: number): void {
    const atTop = this.doc.y <= this.doc.page.margins.top + 0.5;
    if (!atTop && this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** A new structure element under `parent` (none under an artifact); end it when its content is drawn. */
  element(
    parent: Parent,
    type: string,
    attributes: { scope?: 'Column' | 'Row'; colSpan?: number } = {},
  ): Parent {
    if (!parent) return undefined;
    const element = this.doc.struct(type, attributes.scope ? ({ scope: attributes.scope } as object) : {});
    if (attributes.colSpan && attributes.colSpan > 1) {
      const data = (element as unknown as WithDictionary).dictionary.data;
      data.A = { ...(data.A ?? { O: 'Table' }), ColSpan: attributes.colSpan };
    }
    parent.element.add(element);
    return { element, type };
  }

  end(tag: Parent): void {
    tag?.element.end();
  }

  /** Draws as marked content of `parent` itself (a cell's own text) or of a new element `type`. */
  marked(parent: Parent, type: string | undefined, draw: () => void): void {
    if (!parent) return draw();
    const into = type ? this.element(parent, type)! : parent;
    const content = this.doc.markStructureContent(into.type);
    draw();
    this.doc.endMarkedContent();
    // Added once drawn: text that ran onto the next page brought a second piece of content.
    into.element.add(content);
    if (type) into.element.end();
  }

  /** Drawn, and marked as not being content: page heads, rules. */
  artifact(type: 'Pagination' | 'Layout', draw: () => void): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Sets the font, size and colour of a look and gives the line gap that makes its line height. */
  look(style: TextStyle, cut: FontCut = style.cut): number {
    this.doc.font(cut).fontSize(style.fontSize).fillColor(style.color);
    return (LINE_HEIGHT - 1) * this.doc.currentLineHeight();
  }

  textHeight(runs: Run[], style: TextStyle, width: number, align?: 'right'): number {
    const lineGap = this.look(style);
    const text = runs.map((run) => run.text).join('');
    return this.doc.heightOfString(text, { width: this.wrapWidth(width, align), lineGap });
  }

  /** Writes the runs as one paragraph from (x, y), wrapping at `width` and onto the next page. */
  write(runs: Run[], style: TextStyle, x: number, y: number, width: number, align?: 'right'): void {
    runs.forEach((run, index) => {
      const lineGap = this.look(style, run.cut);
      const wrap = this.wrapWidth(width, align);
      const options = { width: wrap, lineGap, align, continued: index < runs.length - 1 };
      if (index === 0) this.doc.text(run.text, x, y, options);
      else this.doc.text(run.text, options);
    });
    this.doc.x = this.left;
  }

  /**
   * pdfkit fits a word with the space after it, so a line whose last word fits only without its
   * space wraps a word earlier than pdfmake did (and than a browser does): the room for one space
   * more keeps the lines as they were. Right-aligned text is placed from `width`, so it keeps it.
   */
  private wrapWidth(width: number, align?: 'right'): number {
    return align === 'right' ? width : width + this.doc.widthOfString(' ');
  }
}

export interface Place {
  x: number;
  width: number;
  align?: 'right';
}

/**
 * A paragraph (a heading, a line, a cell's text) in one look, tagged `type` (or, without one, as
 * the parent's own content).
 */
export function textFlow(
  writer: TaggedWriter,
  type: string | undefined,
  runs: Run[],
  style: TextStyle,
  place: Place = { x: writer.left, width: writer.width },
): Flow {
  const height = style.above + writer.textHeight(runs, style, place.width, place.align) + style.below;
  return {
    height,
    lead: leadOf(height),
    draw: (parent) => {
      writer.doc.y += style.above;
      writer.marked(parent, type, () =>
        writer.write(runs, style, place.x, writer.doc.y, place.width, place.align),
      );
      writer.doc.y += style.below;
    },
  };
}

export interface GroupOptions {
  /** The structure element the group is ("Sect", "L", "LI"); none: its flows go to the parent. */
  type?: string;
  /** Printed on one page when it fits on one (the justering). */
  keepTogether?: boolean;
  /** The first `head` flows (a heading and the lines describing the item) stay with what follows. */
  head?: number;
}

/** Flows that belong together, in order. */
export function groupFlow(writer: TaggedWriter, flows: Flow[], options: GroupOptions = {}): Flow {
  const height = flows.reduce((sum, flow) => sum + flow.height, 0);
  const head = options.head ?? 0;
  const headHeight = flows.slice(0, head).reduce((sum, flow) => sum + flow.height, 0);
  const lead = headHeight + (flows[head]?.lead ?? 0);
  return {
    height,
    lead,
    draw: (parent) => {
      const page = writer.doc.page;
      const pageBody = page.height - page.margins.top - page.margins.bottom;
      if (options.keepTogether && height <= pageBody) writer.keepSpace(height);
      else writer.keepSpace(lead);
      const group = options.type ? writer.element(parent, options.type) : parent;
      for (const flow of flows) flow.draw(group);
      if (options.type) writer.end(group);
    },
  };
}
