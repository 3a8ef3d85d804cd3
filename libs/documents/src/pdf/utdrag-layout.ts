import type { UtdragDocument } from '../model/index.js';
import type { DocumentLayout } from './document-layout.js';
import { justeringBlock } from './justering-block.js';
import { groupLines, meetingFacts } from './meeting-header.js';
import { protocolParagraphBlocks } from './protocol-paragraph.js';
import { revisionMarking, revisionText } from './text-blocks.js';

/** Protokollsutdrag: the protocol's header, the one §, and whether the protocol is justerat. */
export function utdragLayout(document: UtdragDocument): DocumentLayout {
  const { header, paragraph } = document;
  const number = paragraph.paragraph === undefined ? '' : ` § ${paragraph.paragraph}`;
  return {
    head: {
      title: 'PROTOKOLLSUTDRAG SAMVERKANSGRUPP',
      dnr: header.dnr,
      date: header.date,
      marking: revisionMarking(document.revision),
    },
    title: `Protokollsutdrag${number} ur protokoll ${header.protocolNumber} – Samverkansgrupp ${header.groupName}, ${header.date}`,
    content: [
      { text: 'Protokollsutdrag', style: 'documentTitle' },
      { text: `Ur protokoll ${header.protocolNumber}`, style: 'subtitle' },
      ...groupLines(header),
      { text: revisionText(document.revision), style: 'revision' },
      meetingFacts(header),
      ...protocolParagraphBlocks(paragraph),
      ...justeringBlock(document.justering),
    ],
  };
}
