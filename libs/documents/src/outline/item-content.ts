import { followUpSentence } from '../format/follow-up-sentence.js';
import {
  confidentialItemNote,
  deferralSentence,
  escalationSentences,
  OMITTED_ITEM_NOTE,
  protokollsanteckningLead,
  statementLead,
  WORDS,
} from '../format/labels.js';
import { tableDate } from '../format/swedish-dates.js';
import type { FollowUpLine, ItemContent } from '../model/index.js';
import { type Block, heading, line, type TableBlock } from './blocks.js';

/**
 * What the protocol and the minnesanteckningar both print under an item's heading, in this order:
 * the members' confidentiality mark, the recorded text, what each party said, the deferral (which
 * stands where the outcome would), the outcome, the follow-ups, and the protokollsanteckningar,
 * which a party adds to the item as decided. The protocol tables its follow-ups; the notes write
 * them in prose, as seed 002 does.
 */
export function itemBody(item: ItemContent, followUps: 'table' | 'prose'): Block[] {
  const blocks: Block[] = [];
  if (item.confidential) blocks.push(line(confidentialItemNote(item.confidential.reason), 'confidential'));
  if (item.text) blocks.push({ kind: 'text', text: item.text });
  for (const statement of item.statements) {
    blocks.push({
      kind: 'labelled',
      style: 'statement',
      label: statementLead(statement.party),
      text: statement.text,
    });
  }
  if (item.deferral) blocks.push(line(deferralSentence(item.deferral.reason), 'deferral'));
  if (item.outcome) blocks.push(line(item.outcome, 'outcome'));
  // Where the item went stands after what was said here (the APT's dialog, then "överlämnas").
  if (item.escalation)
    blocks.push(...escalationSentences(item.escalation).map((sentence) => line(sentence, 'deferral')));
  if (followUps === 'table') blocks.push(...followUpTable(item.followUps));
  else blocks.push(...item.followUps.map(followUpProse));
  for (const anteckning of item.protokollsanteckningar) {
    blocks.push({
      kind: 'labelled',
      style: 'protokollsanteckning',
      label: protokollsanteckningLead(anteckning.party),
      text: anteckning.text,
    });
  }
  return blocks;
}

/** true for an item the public version left out: it keeps its place and § number, nothing else. */
export const isOmitted = (item: ItemContent): boolean => item.confidential?.omitted === true;

/** The public version's stand-in for a confidential item: its number ("§ 9", "b)"), when it has one, and a note. */
export function omittedItemBlocks(number: string | undefined): Block[] {
  const note = line(OMITTED_ITEM_NOTE, 'omitted');
  return number === undefined ? [note] : [heading(3, number), note];
}

function followUpTable(followUps: FollowUpLine[]): TableBlock[] {
  if (followUps.length === 0) return [];
  return [
    {
      kind: 'table',
      style: 'follow-ups',
      caption: WORDS.followUp,
      columns: [
        { label: WORDS.followUpAction },
        { label: WORDS.responsible },
        { label: WORDS.dueBy, numeric: true },
      ],
      rows: followUps.map((followUp) => [
        { text: followUp.action },
        { text: followUp.responsible },
        { text: tableDate(followUp.dueDate), numeric: true },
      ]),
    },
  ];
}

function followUpProse(followUp: FollowUpLine): Block {
  return {
    kind: 'labelled',
    style: 'follow-up',
    label: `${WORDS.followUp}:`,
    text: followUpSentence(followUp),
  };
}
