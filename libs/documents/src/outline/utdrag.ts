import { meetingKindLabel, withProtocolNumber, WORDS } from '../format/labels.js';
import type { UtdragDocument } from '../model/index.js';
import { type DocumentOutline, heading, line } from './blocks.js';
import { justeringSection } from './justering.js';
import { meetingFacts } from './meeting-header.js';
import { pageHeadOf } from './page-head.js';
import { protocolParagraph } from './protocol-paragraph.js';
import { revisionLines } from './revision.js';

/** Protokollsutdrag: the protocol's head, the one § (with its a), b)), and whether the protocol is justerat. */
export function utdragOutline(document: UtdragDocument): DocumentOutline {
  const { header } = document;
  return {
    page: pageHeadOf(document),
    blocks: [
      heading(1, WORDS.protokollsutdrag),
      line(
        `${withProtocolNumber('Ur protokoll', header.protocolNumber)}, ${meetingKindLabel(header).toLowerCase()} ${header.groupName}`,
        'subtitle',
      ),
      meetingFacts(header, WORDS.protocolNumber),
      ...revisionLines(document.revision),
      protocolParagraph(document.paragraph),
      ...(document.subItems ?? []).map(protocolParagraph),
      ...(document.justering ? [justeringSection(document.justering)] : []),
    ],
  };
}
