import { followUpSentence } from '../format/follow-up-sentence.js';
import { swedishLongDate } from '../format/swedish-dates.js';
import type {
  FollowUpLine,
  MinnesanteckningarDocument,
  MinnesanteckningarItem,
  MinnesanteckningarSection,
} from '../model/index.js';
import type { DocumentLayout } from './document-layout.js';
import { keepWithNext, withLeadingHeading } from './keep-together.js';
import { groupWithForvaltning } from './meeting-header.js';
import type { PdfNode } from './pdf-content.js';
import { deferralSentence, OMITTED_ITEM_NOTE } from '../format/labels.js';
import {
  confidentialMark,
  omittedItemsNote,
  protokollsanteckningBlocks,
  revisionMarking,
  revisionText,
  statementBlocks,
  textParagraphs,
} from './text-blocks.js';

/**
 * Minnesanteckningar laid out as the paper ones (seed 002): the title sentence, "Bilaga till
 * protokoll", the chair line, the sections Information / Dialog / Beslut with each item's title and
 * full text, the closing and the justering sentence.
 */
export function minnesanteckningarLayout(document: MinnesanteckningarDocument): DocumentLayout {
  const { header } = document;
  const title = `Minnesanteckningar från samverkansgrupp ${groupWithForvaltning(header)} ${swedishLongDate(header.date)}`;
  return {
    head: {
      title: 'MINNESANTECKNINGAR SAMVERKANSGRUPP',
      dnr: header.dnr,
      date: header.date,
      marking: revisionMarking(document.revision),
    },
    title,
    content: [
      { text: title, style: 'documentTitle', fontSize: 14 },
      { text: `Bilaga till protokoll ${header.protocolNumber}`, style: 'subtitle', margin: [0, 6, 0, 2] },
      { text: revisionText(document.revision), style: 'revision' },
      ...omittedItemsNote(document.omittedItems),
      ...chairBlocks(document),
      ...document.sections.flatMap(sectionBlocks),
      { text: document.closing, style: 'text', margin: [0, 14, 0, 6] },
      ...(document.justeringSentence ? [{ text: document.justeringSentence, style: 'text' }] : []),
    ],
  };
}

/** "Ordförande:" and "Dinah Åbinger är frånvarande, Jessica Granquist ersätter."; then other substitutes. */
function chairBlocks(document: MinnesanteckningarDocument): PdfNode[] {
  const { chair, substitutions } = document;
  const chairLine =
    chair.absent && chair.substitute
      ? substitutionSentence(chair.absent, chair.substitute)
      : (chair.name ?? '–');
  const blocks: PdfNode[] = [
    { text: 'Ordförande:', style: 'label', margin: [0, 10, 0, 0] },
    { text: chairLine, style: 'text' },
  ];
  if (substitutions.length > 0) {
    blocks.push({ text: 'Ersättare:', style: 'label' });
    blocks.push(
      ...substitutions.map((substitution) => ({
        text: substitutionSentence(substitution.absent, substitution.substitute),
        style: 'text',
      })),
    );
  }
  return blocks;
}

function substitutionSentence(absent: string, substitute: string): string {
  return `${absent} är frånvarande, ${substitute} ersätter.`;
}

function sectionBlocks(section: MinnesanteckningarSection): PdfNode[] {
  if (section.items.length === 0) return [];
  const items = section.items.flatMap(itemBlocks);
  return withLeadingHeading({ text: `${section.heading}:`, style: 'sectionHeading' }, items);
}

function itemBlocks(item: MinnesanteckningarItem): PdfNode[] {
  if (item.confidential?.omitted) {
    const heading = item.paragraph === undefined ? 'Sekretessbelagd punkt' : `§ ${item.paragraph}`;
    return keepWithNext(
      [{ text: heading, style: 'paragraphHeading' }],
      [{ text: OMITTED_ITEM_NOTE, style: 'note' }],
    );
  }
  const body: PdfNode[] = [
    ...(item.confidential ? [confidentialMark(item.confidential.reason)] : []),
    ...textParagraphs(item.text),
    ...statementBlocks(item.statements),
    ...(item.outcome ? [{ text: item.outcome, style: 'text', bold: true }] : []),
    ...item.followUps.map(followUpBlock),
    ...protokollsanteckningBlocks(item.protokollsanteckningar),
    ...(item.deferral ? [{ text: deferralSentence(item.deferral.reason), style: 'text' }] : []),
  ];
  return keepWithNext([{ text: item.title, style: 'paragraphHeading' }], body);
}

/** In prose, as the notes read: "Uppföljning: … Ansvarig: Anna Berg, senast den 30 april 2019." */
function followUpBlock(followUp: FollowUpLine): PdfNode {
  return { text: [{ text: 'Uppföljning: ', bold: true }, followUpSentence(followUp)], style: 'text' };
}
