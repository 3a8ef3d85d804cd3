import { stockholmDateTime, swedishLongDate } from '../format/swedish-dates.js';
import type { KallelseDocument, KallelseItem } from '../model/index.js';
import type { DocumentLayout } from './document-layout.js';
import { meetingFacts } from './meeting-header.js';
import type { PdfContent, PdfNode } from './pdf-content.js';
import { kindLabel, OMITTED_ITEM_NOTE, returningLabel } from '../format/labels.js';
import { omittedItemsNote } from './text-blocks.js';

/**
 * The kallelse: group, meeting, date, time and place; whether it is inställt; the agenda with each
 * item's kind, presenter and minutes, returning items marked with where they came from.
 */
export function kallelseLayout(document: KallelseDocument): DocumentLayout {
  const { header } = document;
  const cancelled = document.status === 'inställt';
  return {
    head: {
      title: 'KALLELSE SAMVERKANSGRUPP',
      dnr: header.dnr,
      date: header.date,
      marking: cancelled ? 'INSTÄLLT' : undefined,
    },
    title: `Kallelse ${header.protocolNumber} – Samverkansgrupp ${header.groupName}, ${header.date}`,
    content: [
      { text: `Kallelse till samverkansgrupp ${header.groupName}`, style: 'documentTitle' },
      { text: `Möte ${header.protocolNumber}, ${swedishLongDate(header.date)}`, style: 'subtitle' },
      ...(header.organisationName ? [{ text: header.organisationName, style: 'subtitle' }] : []),
      ...statusBlocks(document),
      meetingFacts(header, { videoLink: true }),
      ...omittedItemsNote(document.omittedItems),
      { text: `Dagordning (version ${document.agendaVersion})`, style: 'sectionHeading' },
      agendaTable(document),
      ...issuedLine(document),
    ],
  };
}

function statusBlocks(document: KallelseDocument): PdfNode[] {
  if (document.status === 'genomfört') return [{ text: 'Mötet är genomfört.', style: 'note' }];
  if (document.status !== 'inställt') return [];
  const blocks: PdfNode[] = [{ text: 'Mötet är inställt', style: 'cancelled' }];
  if (document.cancellation) {
    blocks.push({ text: document.cancellation.reason, style: 'text' });
    blocks.push({ text: `Inställt ${stockholmDateTime(document.cancellation.at)}.`, style: 'meta' });
  }
  return blocks;
}

function agendaTable(document: KallelseDocument): PdfNode {
  const header = ['Nr', 'Punkt', 'Typ', 'Föredragande', 'Min'].map((text) => ({
    text,
    style: 'tableHeader',
  }));
  const rows = document.items.map(agendaRow);
  const total: PdfContent[] = [
    { text: 'Beräknad tid', style: 'tableHeader', colSpan: 4 },
    '',
    '',
    '',
    { text: `${document.totalMinutes}`, style: 'tableHeader', alignment: 'right' },
  ];
  return {
    table: {
      widths: [24, '*', 70, 100, 30],
      headerRows: 1,
      dontBreakRows: true,
      body: [header, ...rows, total],
    },
    layout: 'lightHorizontalLines',
  };
}

function agendaRow(item: KallelseItem): PdfContent[] {
  const cell = (text: string | undefined, alignment?: 'right'): PdfNode => ({
    text: text ?? '',
    style: 'tableCell',
    ...(alignment ? { alignment } : {}),
  });
  const minutes = item.estimatedMinutes === undefined ? '' : `${item.estimatedMinutes}`;
  return [
    cell(`${item.number}`),
    itemCell(item),
    cell(kindLabel(item.kind)),
    cell(item.presenter),
    cell(minutes, 'right'),
  ];
}

/** The title, then what marks a returning item: "Bordlagd från § 7, 2019-02-25 – <reason>". */
function itemCell(item: KallelseItem): PdfNode {
  if (item.confidential?.omitted) return { text: OMITTED_ITEM_NOTE, style: 'tableCell', italics: true };
  const lines: PdfNode[] = [{ text: item.title, style: 'tableCell', bold: true }];
  if (item.origin) lines.push({ text: returningLabel(item.origin), style: 'tableCell', italics: true });
  if (item.proposedBy)
    lines.push({ text: `Anmäld av ${item.proposedBy.name}`, style: 'tableCell', color: '#444444' });
  return { stack: lines };
}

/** "Kallelsen skickades 2019-02-18 09.00 till 12 mottagare (dagordning version 3)." */
function issuedLine(document: KallelseDocument): PdfNode[] {
  if (!document.issued) return [];
  const { at, recipients, agendaVersion } = document.issued;
  return [
    {
      text: `Kallelsen skickades ${stockholmDateTime(at)} till ${recipients} mottagare (dagordning version ${agendaVersion}).`,
      style: 'meta',
      margin: [0, 8, 0, 0],
    },
  ];
}
