import type { ProtocolParagraph } from '../model/index.js';
import type { PdfNode } from './pdf-content.js';
import { keepWithNext } from './keep-together.js';
import { deferralSentence, kindLabel, OMITTED_ITEM_NOTE, returningLabel } from '../format/labels.js';
import {
  confidentialMark,
  followUpTable,
  protokollsanteckningBlocks,
  statementBlocks,
  textParagraphs,
} from './text-blocks.js';

/**
 * One § of a protocol (or of a protokollsutdrag): "§ 4 Title", what kind of item it is and who
 * presented it, the recorded text, the parties' statements, the outcome, follow-ups,
 * protokollsanteckningar and a deferral. A draft's items have no § number yet.
 */
export function protocolParagraphBlocks(paragraph: ProtocolParagraph): PdfNode[] {
  const number = paragraph.paragraph === undefined ? '' : `§ ${paragraph.paragraph}`;
  if (paragraph.confidential?.omitted) {
    return keepWithNext(
      [{ text: number || 'Punkt', style: 'paragraphHeading' }],
      [{ text: OMITTED_ITEM_NOTE, style: 'note' }],
    );
  }
  const heading = {
    text: number ? `${number} ${paragraph.title}` : paragraph.title,
    style: 'paragraphHeading',
  };
  const body: PdfNode[] = [
    ...(paragraph.confidential ? [confidentialMark(paragraph.confidential.reason)] : []),
    ...textParagraphs(paragraph.text),
    ...statementBlocks(paragraph.statements),
    ...(paragraph.outcome ? [{ text: paragraph.outcome, style: 'text', bold: true }] : []),
    ...followUpTable(paragraph.followUps),
    ...protokollsanteckningBlocks(paragraph.protokollsanteckningar),
    ...(paragraph.deferral ? [{ text: deferralSentence(paragraph.deferral.reason), style: 'note' }] : []),
  ];
  return keepWithNext([heading, { text: metaLine(paragraph), style: 'meta' }], body);
}

/** "Dialog · Föredragande: Anna Berg · Anmäld av: Vision · Bordlagd från § 7, 2019-02-25 – …" */
function metaLine(paragraph: ProtocolParagraph): string {
  const parts = [kindLabel(paragraph.kind)];
  if (paragraph.presenter) parts.push(`Föredragande: ${paragraph.presenter}`);
  if (paragraph.proposedBy) parts.push(`Anmäld av: ${paragraph.proposedBy.name}`);
  if (paragraph.origin) parts.push(returningLabel(paragraph.origin));
  return parts.join(' · ');
}
