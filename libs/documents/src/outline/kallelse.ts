import {
  agendaVersionSentence,
  meetingKindLabel,
  cancelledAtLabel,
  cancelledSentence,
  confidentialItemNote,
  kindLabel,
  minutesLabel,
  OMITTED_ITEM_NOTE,
  partyName,
  returningNotes,
  WORDS,
} from '../format/labels.js';
import { swedishLongDate } from '../format/swedish-dates.js';
import type { KallelseDocument, KallelseItem } from '../model/index.js';
import {
  type Block,
  type DocumentOutline,
  heading,
  line,
  section,
  type TableBlock,
  type TableCell,
} from './blocks.js';
import { meetingFacts } from './meeting-header.js';
import { pageHeadOf } from './page-head.js';
import { omittedNotice } from './revision.js';

/**
 * The kallelse: group, meeting, date, time and place; whether it is inställt (first, so nobody
 * misses it) or already held; which agenda version and whether it was sent; the agenda with each
 * item's kind, presenter, proposing union and minutes, returning items marked with their origin.
 */
export function kallelseOutline(document: KallelseDocument): DocumentOutline {
  const { header } = document;
  const blocks: Block[] = [
    heading(1, `Kallelse till ${meetingKindLabel(header).toLowerCase()} ${header.groupName}`),
    line(
      header.protocolNumber
        ? `Möte ${header.protocolNumber}, ${swedishLongDate(header.date)}`
        : `Möte ${swedishLongDate(header.date)}`,
      'subtitle',
    ),
  ];
  if (document.status === 'inställt') blocks.push(cancelledSection(document));
  blocks.push(meetingFacts(header, WORDS.meetingNumber));
  if (document.status === 'genomfört') blocks.push(line(WORDS.completed, 'notice'));
  blocks.push(line(agendaVersionSentence(document.agendaVersion, document.issued), 'revision'));
  blocks.push(...omittedNotice(document.omittedItems));
  blocks.push(heading(2, WORDS.agenda), agendaTable(document));
  return { page: pageHeadOf(document), blocks };
}

function cancelledSection(document: KallelseDocument): Block {
  const { cancellation } = document;
  return section('cancelled', [
    line(WORDS.cancelled, 'cancelled-label'),
    line(cancelledSentence(document.header.date, cancellation?.reason)),
    ...(cancellation ? [line(cancelledAtLabel(cancellation.at), 'revision')] : []),
  ]);
}

function agendaTable(document: KallelseDocument): TableBlock {
  return {
    kind: 'table',
    style: 'agenda',
    columns: [
      { label: WORDS.agendaNumber, numeric: true },
      { label: WORDS.agendaItem },
      { label: WORDS.agendaKind },
      { label: WORDS.presenter },
      { label: WORDS.proposedBy },
      { label: WORDS.agendaTime, numeric: true },
    ],
    rows: agendaRows(document.items),
    total: { label: WORDS.totalTime, value: minutesLabel(document.totalMinutes) },
  };
}

/** The points in order, with a row for each section of the group's form where one begins. */
function agendaRows(items: KallelseItem[]): TableCell[][] {
  return items.flatMap((item, index) => {
    const starts = item.section !== undefined && item.section !== items[index - 1]?.section;
    const heading: TableCell[] = [{ text: '' }, { text: item.section ?? '', colSpan: 5, heading: true }];
    return starts ? [heading, agendaRow(item)] : [agendaRow(item)];
  });
}

/** A returning item is marked with where it came from; a confidential one, in the members' version. */
function agendaRow(item: KallelseItem): TableCell[] {
  const label = item.subItem === undefined ? `${item.number}` : `${item.number} ${item.subItem}`;
  const number: TableCell = { text: label, numeric: true };
  if (item.confidential?.omitted) return [number, { text: OMITTED_ITEM_NOTE, colSpan: 5, omitted: true }];
  const notes = [...returningNotes(item), ...(item.confidential ? [confidentialItemNote(undefined)] : [])];
  return [
    number,
    notes.length > 0 ? { text: item.title, notes } : { text: item.title },
    { text: kindLabel(item.kind) },
    { text: item.presenter ?? '' },
    { text: item.proposedBy?.side === 'union' ? partyName(item.proposedBy) : '' },
    { text: item.estimatedMinutes ? minutesLabel(item.estimatedMinutes) : '', numeric: true },
  ];
}
