import type { ProtocolDocument, ProtocolSection } from '../model/index.js';
import { attendanceBlocks, protocolRoles } from './attendance.js';
import type { DocumentLayout } from './document-layout.js';
import { justeringBlock } from './justering-block.js';
import { withLeadingHeading } from './keep-together.js';
import { groupLines, meetingFacts } from './meeting-header.js';
import type { PdfNode } from './pdf-content.js';
import { protocolParagraphBlocks } from './protocol-paragraph.js';
import { omittedItemsNote, revisionMarking, revisionText } from './text-blocks.js';

/**
 * The protocol: header, närvaro, roles, "Protokollets omfattning", the sections with their §§ in
 * order (section headings take no § number), then the justering block.
 */
export function protocolLayout(document: ProtocolDocument): DocumentLayout {
  const { header } = document;
  return {
    head: {
      title: 'PROTOKOLL SAMVERKANSGRUPP',
      dnr: header.dnr,
      date: header.date,
      marking: revisionMarking(document.revision),
    },
    title: `Protokoll ${header.protocolNumber} – Samverkansgrupp ${header.groupName}, ${header.date}`,
    content: [
      { text: `Protokoll ${header.protocolNumber}`, style: 'documentTitle' },
      ...groupLines(header),
      { text: revisionText(document.revision), style: 'revision' },
      ...omittedItemsNote(document.omittedItems),
      meetingFacts(header),
      ...attendanceBlocks(document.attendance),
      ...protocolRoles(document),
      ...document.sections.flatMap(sectionBlocks),
      ...justeringBlock(document.justering),
    ],
  };
}

function sectionBlocks(section: ProtocolSection): PdfNode[] {
  if (section.paragraphs.length === 0) return [];
  const paragraphs = section.paragraphs.flatMap(protocolParagraphBlocks);
  if (!section.heading) return paragraphs;
  return withLeadingHeading({ text: section.heading, style: 'sectionHeading' }, paragraphs);
}
