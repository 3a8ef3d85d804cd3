import type { Audience, MeetingDocument } from '../model/index.js';
import { icsMethodOf, renderKallelseIcs } from '../ics/index.js';
import { DocumentTemplates } from '../html/index.js';
import { PdfRenderer } from '../pdf/index.js';

export type RenderFormat = 'html' | 'pdf' | 'json' | 'ics';

export interface RenderedDocument {
  body: Buffer;
  contentType: string;
  /** "protokoll-2-2019-r1.pdf" */
  filename: string;
}

export interface RenderContext {
  audience: Audience;
  /** The revision (or kallelse sequence) rendered, for the file name and the JSON. */
  revision: number;
  /** The host name used in iCalendar UIDs. */
  calendarDomain: string;
}

/**
 * Lays a document out in the format asked for. Templates and fonts are loaded once, when the
 * renderer is made; a render is pure work on the document.
 */
export class DocumentRenderer {
  private readonly html = new DocumentTemplates();
  private readonly pdf = new PdfRenderer();

  async render(
    document: MeetingDocument,
    format: RenderFormat,
    context: RenderContext,
  ): Promise<RenderedDocument> {
    const filename = documentFileName(document, format, context.revision);
    switch (format) {
      case 'html':
        return {
          body: Buffer.from(this.html.render(document)),
          contentType: 'text/html; charset=utf-8',
          filename,
        };
      case 'pdf':
        return { body: await this.pdf.render(document), contentType: 'application/pdf', filename };
      case 'json': {
        const { audience, revision } = context;
        const json = JSON.stringify({ kind: document.kind, revision, audience, document }, null, 2);
        return { body: Buffer.from(json), contentType: 'application/json; charset=utf-8', filename };
      }
      case 'ics': {
        if (document.kind !== 'kallelse')
          throw new Error(`only a kallelse has an .ics, not a ${document.kind}`);
        const ics = renderKallelseIcs(document, { calendarDomain: context.calendarDomain });
        return {
          body: Buffer.from(ics),
          // Mail clients read the METHOD from the content type too (RFC 6047).
          contentType: `text/calendar; charset=utf-8; method=${icsMethodOf(document)}`,
          filename,
        };
      }
    }
  }
}

/** The name a rendered document is served under: "protokoll-2-2019-r1.pdf". */
export const documentFileName = (document: MeetingDocument, format: RenderFormat, revision: number): string =>
  `${fileStem(document, revision)}.${format}`;

/** "protokoll-2-2019-r1", "protokollsutdrag-7-2-2019-r1", "kallelse-3-2019-v2": ASCII, safe in a header. */
function fileStem(document: MeetingDocument, revision: number): string {
  const number = document.header.protocolNumber.replace('/', '-');
  const name =
    document.kind === 'protokollsutdrag'
      ? `protokollsutdrag-${document.paragraph.paragraph ?? ''}`
      : document.kind;
  const version = document.kind === 'kallelse' ? `v${revision}` : `r${revision}`;
  // A meeting not yet closed has no number: "kallelse-v1".
  return [name, number, version]
    .filter((part) => part !== '')
    .join('-')
    .replace(/[^A-Za-z0-9.-]/g, '_');
}
