import type { MeetingHeader, RevisionInfo } from './common.js';
import type { JusteringBlock, ProtocolDocument, ProtocolParagraph } from './protocol.js';

/** Protokollsutdrag: one § with the protocol's header and its justering status. */
export interface UtdragDocument {
  kind: 'protokollsutdrag';
  header: MeetingHeader;
  revision: RevisionInfo;
  paragraph: ProtocolParagraph;
  /** Its a), b) sub-items, when the § has any. */
  subItems?: ProtocolParagraph[];
  /** As on the protocol: left out when the meeting has no justering. */
  justering?: JusteringBlock;
}

/**
 * The utdrag of one § of a protocol, or undefined when the protocol has no such §. The justering
 * status is the whole protocol's: an utdrag is justerat when the protocol is.
 */
export function protocolExtract(protocol: ProtocolDocument, paragraph: number): UtdragDocument | undefined {
  const of = protocol.sections
    .flatMap((section) => section.paragraphs)
    .filter((candidate) => candidate.paragraph === paragraph);
  const found = of.find((candidate) => candidate.subItem === undefined);
  if (!found) return undefined;
  const subItems = of.filter((candidate) => candidate.subItem !== undefined);
  return {
    kind: 'protokollsutdrag',
    header: protocol.header,
    revision: protocol.revision,
    paragraph: found,
    ...(subItems.length > 0 ? { subItems } : {}),
    ...(protocol.justering ? { justering: protocol.justering } : {}),
  };
}

/**
 * The §§ a protocol has an utdrag of, in order: every numbered § once (a § with a) b) sub-items is
 * one utdrag with them, so the sub-items are not listed on their own).
 */
export const extractParagraphs = (protocol: ProtocolDocument): ProtocolParagraph[] =>
  protocol.sections
    .flatMap((section) => section.paragraphs)
    .filter((paragraph) => paragraph.paragraph !== undefined && paragraph.subItem === undefined);
