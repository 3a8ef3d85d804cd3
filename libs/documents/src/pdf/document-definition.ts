import { meetingKindLabel } from '../format/labels.js';
import type { MeetingDocument, ProtocolDocument } from '../model/index.js';
import { outlineOf } from '../outline/index.js';
import { embeddedFonts } from './fonts.js';
import { pageHead } from './page-head.js';
import { pdfBlocks } from './pdf-blocks.js';
import type { PdfDocumentDefinition } from './pdf-content.js';
import { printableDocument } from './printable-text.js';
import { DEFAULT_STYLE, PAGE_MARGINS, STYLES } from './styles.js';

const CREATOR = 'Samverkan';

/**
 * The pdfmake definition of one document: A4, Swedish, its page head on every page. Every document
 * (draft or justerat, protocol, utdrag, minnesanteckningar, kallelse) is written as PDF/A-2b: XMP
 * metadata with its PDF/A identification, an sRGB output intent and only embedded fonts, so any
 * copy someone keeps is fit for the archive.
 */
export function pdfDocumentDefinition(document: MeetingDocument): PdfDocumentDefinition {
  // The outline, wording included, made printable in the embedded font (it is plain JSON).
  const { page, blocks } = printableDocument(outlineOf(document), embeddedFonts().codePoints);
  const header = printableDocument(document.header, embeddedFonts().codePoints);
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    version: '1.7',
    subset: 'PDF/A-2b',
    language: 'sv-SE',
    // Viewers show the title, not the file name, in their window bar.
    displayTitle: true,
    info: {
      title: metadataText(page.title),
      author: metadataText(header.organisationName ?? header.groupName),
      subject: metadataText(`${meetingKindLabel(header)} ${header.groupName}`),
      creator: CREATOR,
      producer: `${CREATOR} (pdfmake)`,
      creationDate: new Date(madeAt(document)),
    },
    header: pageHead(page),
    content: pdfBlocks(blocks),
    // Copies: pdfmake may annotate what it is given, and these objects are shared between documents.
    styles: structuredClone(STYLES),
    defaultStyle: { ...DEFAULT_STYLE },
  };
}

/**
 * When the document got what it says: the last instant it records. It is the PDF's CreationDate and,
 * through it, its file ID (pdfkit derives the ID from the document info), so the same document
 * renders to the same bytes; the clock would make every rendering differ.
 */
function madeAt(document: MeetingDocument): string {
  const instants: (string | undefined)[] = [document.header.startsAt];
  switch (document.kind) {
    case 'kallelse':
      instants.push(document.updatedAt, document.cancellation?.at, document.issued?.at);
      break;
    case 'minnesanteckningar':
      instants.push(document.revision.at);
      break;
    case 'protokoll':
    case 'protokollsutdrag':
      instants.push(document.revision.at, ...justeringInstants(document));
      break;
  }
  return instants
    .filter((instant): instant is string => instant !== undefined)
    .reduce((latest, instant) => (Date.parse(instant) > Date.parse(latest) ? instant : latest));
}

function justeringInstants(
  document: Pick<ProtocolDocument, 'justering'> & { closedAt?: string },
): (string | undefined)[] {
  return [
    document.closedAt,
    document.justering?.justeratAt,
    ...(document.justering?.entries ?? []).map((entry) => entry.at),
  ];
}

/**
 * pdfkit copies Title, Author and Subject into the XMP packet without escaping them, so an "&" or
 * "<" in a group's name would make the XML invalid (and the PDF/A copy non-conforming). Lookalike
 * characters keep the meaning.
 */
function metadataText(text: string): string {
  return text.replaceAll('&', '＆').replaceAll('<', '‹').replaceAll('>', '›');
}
