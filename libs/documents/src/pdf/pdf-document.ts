import PDFDocument from 'pdfkit';
import { meetingKindLabel } from '../format/labels.js';
import type { MeetingDocument, ProtocolDocument } from '../model/index.js';
import { outlineOf } from '../outline/index.js';
import type { EmbeddedFonts, FontCut } from './fonts.js';
import { drawPageHeads } from './page-head.js';
import { PdfBlocks } from './pdf-blocks.js';
import { printableDocument } from './printable-text.js';
import { PAGE_MARGINS } from './styles.js';
import { TaggedWriter } from './tagged-writer.js';

const CREATOR = 'Samverkan';

/**
 * One document as PDF: A4, Swedish, its page head on every page, tagged for PDF/UA-1 (a structure
 * tree of headings, paragraphs, lists and tables in reading order, the page heads and rules as
 * artifacts, the title shown by viewers) and written as PDF/A-2b (XMP metadata with its PDF/A
 * identification, an sRGB output intent and only embedded fonts), so any copy someone keeps is fit
 * for the archive and readable with a screen reader.
 */
export function writePdf(document: MeetingDocument, fonts: EmbeddedFonts): Promise<Buffer> {
  // The outline, wording included, made printable in the embedded font (it is plain JSON).
  const { page, blocks } = printableDocument(outlineOf(document), fonts.codePoints);
  const header = printableDocument(document.header, fonts.codePoints);
  const [left, top, right, bottom] = PAGE_MARGINS;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { left, top, right, bottom },
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: 'sv-SE',
    // Viewers show the title, not the file name, in their window bar.
    displayTitle: true,
    // The page heads say "SID 1(5)": drawn once every page is laid out.
    bufferPages: true,
    info: {
      Title: metadataText(page.title),
      Author: metadataText(header.organisationName ?? header.groupName),
      Subject: metadataText(`${meetingKindLabel(header)} ${header.groupName}`),
      Creator: CREATOR,
      Producer: `${CREATOR} (pdfkit)`,
      CreationDate: new Date(madeAt(document)),
    },
  });
  const written = collect(doc);
  for (const [cut, file] of Object.entries(fonts.files) as [FontCut, Buffer][]) doc.registerFont(cut, file);

  const writer = new TaggedWriter(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const flow of new PdfBlocks(writer).flows(blocks)) flow.draw({ element: root, type: 'Document' });
  root.end();
  drawPageHeads(writer, page);
  doc.appendXML(PDF_UA_IDENTIFICATION);
  doc.end();
  return written;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/**
 * pdfuaid:part 1 in the XMP packet, and for PDF/A the description of that property: PDF/A allows
 * XMP properties outside its predefined schemas only when an extension schema describes them.
 */
const PDF_UA_IDENTIFICATION = `
        <rdf:Description rdf:about=""
            xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas>
                <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                            <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                    <pdfaProperty:name>part</pdfaProperty:name>
                                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                    <pdfaProperty:category>internal</pdfaProperty:category>
                                    <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
                                </rdf:li>
                            </rdf:Seq>
                        </pdfaSchema:property>
                    </rdf:li>
                </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>`;

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
