import {
  closedAtSentence,
  meetingKindLabel,
  protocolMadeSentence,
  scopeLabel,
  withProtocolNumber,
  WORDS,
} from '../format/labels.js';
import type { ProtocolDocument, ProtocolSection } from '../model/index.js';
import { type Block, heading, line, section } from './blocks.js';
import { attendanceBlock, rolesBlock } from './attendance.js';
import { justeringSection } from './justering.js';
import { meetingFacts } from './meeting-header.js';
import { pageHeadOf } from './page-head.js';
import { protocolParagraph } from './protocol-paragraph.js';
import { omittedNotice, revisionLines } from './revision.js';
import type { DocumentOutline } from './blocks.js';

/**
 * The protocol: title and group, the meeting's facts, which revision, närvaro, roles, "Protokollets
 * omfattning", the sections with their §§ in order (headings take no § number; an empty section of
 * the group's form says "Inga ärenden."), when the meeting ended and the protocol was made, then
 * the justering block.
 */
export function protocolOutline(document: ProtocolDocument): DocumentOutline {
  const { header } = document;
  const blocks: Block[] = [
    heading(1, withProtocolNumber(WORDS.protocolNumber, header.protocolNumber)),
    line(`${meetingKindLabel(header)} ${header.groupName}`, 'subtitle'),
    meetingFacts(header, WORDS.protocolNumber),
    ...revisionLines(document.revision),
    ...omittedNotice(document.omittedItems),
    ...attendanceBlock(document),
    rolesBlock(document),
  ];
  if (document.scope) blocks.push(line(scopeLabel(document.scope.first, document.scope.last), 'scope'));
  blocks.push(...document.sections.flatMap(protocolSection));
  blocks.push(...(document.remarks ?? []).map((remark) => line(remark, 'notice')));
  if (document.closedAt) {
    // When the meeting ended, as recorded at closing (older meetings: the closing), then when the
    // protocol was made, which for a meeting written up afterwards is hours later.
    blocks.push(line(closedAtSentence(document.endedAt ?? document.closedAt), 'closed-at'));
    blocks.push(line(protocolMadeSentence(document.closedAt), 'closed-at'));
  }
  if (document.justering) blocks.push(justeringSection(document.justering));
  return { page: pageHeadOf(document), blocks };
}

function protocolSection(protocolSection: ProtocolSection): Block[] {
  const paragraphs = protocolSection.paragraphs.map(protocolParagraph);
  if (!protocolSection.heading) return paragraphs.length > 0 ? [section('protocol-section', paragraphs)] : [];
  const content = paragraphs.length > 0 ? paragraphs : [line(WORDS.noItems, 'no-items')];
  return [section('protocol-section', [heading(2, protocolSection.heading), ...content])];
}
