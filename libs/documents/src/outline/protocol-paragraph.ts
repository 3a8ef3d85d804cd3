import { proposedBySentence, returningLabel, WORDS } from '../format/labels.js';
import type { ProtocolParagraph } from '../model/index.js';
import { type Block, heading, line, section, type SectionBlock } from './blocks.js';
import { isOmitted, itemBody, omittedItemBlocks } from './item-content.js';

/**
 * One § of a protocol (or of a protokollsutdrag): "§ 4 Title", who presents it, which union put it
 * on the agenda, where a returning item came from, then the item's content. The section heading
 * already says the kind, so the § does not repeat it. A draft's items have no § number yet.
 */
export function protocolParagraph(paragraph: ProtocolParagraph): SectionBlock {
  const number = paragraphNumber(paragraph);
  if (isOmitted(paragraph)) return section('paragraph', omittedItemBlocks(number));
  const blocks: Block[] = [heading(3, paragraph.title, number)];
  if (paragraph.presenter) blocks.push(line(`${WORDS.presenter}: ${paragraph.presenter}`, 'meta'));
  const proposedBy = proposedBySentence(paragraph.proposedBy);
  if (proposedBy) blocks.push(line(proposedBy, 'meta'));
  if (paragraph.origin) blocks.push(line(returningLabel(paragraph.origin), 'origin'));
  blocks.push(...itemBody(paragraph, 'table'));
  return section('paragraph', blocks);
}

/** "§ 5"; a sub-item "a)", under its parent's §; nothing on a draft's item. */
export function paragraphNumber(
  paragraph: Pick<ProtocolParagraph, 'paragraph' | 'subItem'>,
): string | undefined {
  if (paragraph.subItem !== undefined) return `${paragraph.subItem})`;
  return paragraph.paragraph === undefined ? undefined : `§ ${paragraph.paragraph}`;
}
