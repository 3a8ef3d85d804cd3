import { groupWithForvaltning, meetingKindLabel, substitutionSentence, WORDS } from '../format/labels.js';
import { swedishLongDate } from '../format/swedish-dates.js';
import type { MinnesanteckningarDocument, MinnesanteckningarItem } from '../model/index.js';
import { type Block, type DocumentOutline, heading, line, section } from './blocks.js';
import { isOmitted, itemBody, omittedItemBlocks } from './item-content.js';
import { pageHeadOf } from './page-head.js';
import { omittedNotice, revisionLines } from './revision.js';

/**
 * Minnesanteckningar as the paper ones (seed 002): the title sentence, "Bilaga till protokoll", the
 * chair line and the other substitutions, the sections Information / Dialog / Beslut with each
 * item's title and full text (a section with nothing in it is left out), the closing and the
 * justering sentence.
 */
export function minnesanteckningarOutline(document: MinnesanteckningarDocument): DocumentOutline {
  const { header } = document;
  const blocks: Block[] = [
    heading(
      1,
      `Minnesanteckningar från ${meetingKindLabel(header).toLowerCase()} ${groupWithForvaltning(header)} ${swedishLongDate(header.date)}`,
    ),
    // An APT keeps notes, not a protocol they would be attached to: they carry its number alone.
    // The notes of a meeting not yet closed have no number yet (it is given at closing).
    ...(header.protocolNumber
      ? [
          line(
            header.arbetsplatstraff
              ? `Nr ${header.protocolNumber}`
              : `Bilaga till protokoll ${header.protocolNumber}`,
            'attachment-of',
          ),
        ]
      : []),
    ...revisionLines(document.revision),
    ...omittedNotice(document.omittedItems),
    section('chair', [heading(2, WORDS.chair), ...chairLine(document)]),
    ...document.substitutions.map(({ absent, substitute }) => line(substitutionSentence(absent, substitute))),
  ];
  for (const notesSection of document.sections) {
    if (notesSection.items.length === 0) continue;
    blocks.push(
      section('notes-section', [
        heading(2, `${notesSection.heading}:`),
        ...notesSection.items.map(notesItem),
      ]),
    );
  }
  blocks.push(line(document.closing, 'closing'));
  if (document.justeringSentence) blocks.push(line(document.justeringSentence, 'justering-sentence'));
  return { page: pageHeadOf(document), blocks };
}

/** "Dinah Åbinger är frånvarande, Jessica Granquist ersätter." or the chair's name. */
function chairLine({ chair }: MinnesanteckningarDocument): Block[] {
  if (chair.absent) return [line(substitutionSentence(chair.absent, chair.substitute))];
  return chair.name ? [line(chair.name)] : [];
}

const paragraphLabel = (paragraph: number | undefined) =>
  paragraph === undefined ? undefined : `§ ${paragraph}`;

function notesItem(item: MinnesanteckningarItem): Block {
  // A sub-item is lettered as in the protocol; the notes give no § numbers, as seed 002.
  const letter = item.subItem === undefined ? undefined : `${item.subItem})`;
  if (isOmitted(item))
    return section('notes-item', omittedItemBlocks(letter ?? paragraphLabel(item.paragraph)));
  return section('notes-item', [heading(3, item.title, letter), ...itemBody(item, 'prose')]);
}
