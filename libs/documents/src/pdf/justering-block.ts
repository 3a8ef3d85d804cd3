import { JUSTERING_ENTRY_STATES, justeringStatusLabel } from '../format/labels.js';
import { stockholmDateTime } from '../format/swedish-dates.js';
import type { JusteringBlock, JusteringEntry } from '../model/index.js';
import type { PdfContent, PdfNode } from './pdf-content.js';

/**
 * The justering block: the status, who justerar for which party and when, and the hash of the text
 * they approved, so a printed copy can be checked against the stored one.
 */
export function justeringBlock(justering: JusteringBlock): PdfNode[] {
  const blocks: PdfNode[] = [
    { text: 'Justering', style: 'sectionHeading' },
    { text: justeringStatusLabel(justering), style: 'text' },
  ];
  if (justering.entries.length > 0) blocks.push(entriesTable(justering.entries));
  if (justering.textHash) {
    blocks.push({
      stack: [
        { text: 'Kontrollsumma för den justerade texten', style: 'label' },
        { text: justering.textHash, style: 'hash' },
      ],
      margin: [0, 4, 0, 0],
    });
  }
  // Kept on one page when it surely fits: pdfmake drops whatever an unbreakable block loses past a page.
  const commentLength = justering.entries.reduce((sum, entry) => sum + (entry.comment?.length ?? 0), 0);
  const fitsOnAPage = justering.entries.length <= 10 && commentLength <= 600;
  return [{ stack: blocks, unbreakable: fitsOnAPage }];
}

function entriesTable(entries: JusteringEntry[]): PdfNode {
  const header = ['Justerare', 'Part', 'Status', 'Tidpunkt'].map((text) => ({ text, style: 'tableHeader' }));
  const rows: PdfContent[][] = entries.map((entry) => [
    { text: entry.name, style: 'tableCell' },
    { text: entry.party.name, style: 'tableCell' },
    {
      stack: [
        { text: JUSTERING_ENTRY_STATES[entry.state], style: 'tableCell' },
        ...(entry.comment ? [{ text: entry.comment, style: 'tableCell', italics: true }] : []),
      ],
    },
    { text: entry.at ? stockholmDateTime(entry.at) : '–', style: 'tableCell' },
  ]);
  return {
    table: { widths: ['*', '*', 110, 80], headerRows: 1, dontBreakRows: true, body: [header, ...rows] },
    layout: 'lightHorizontalLines',
    margin: [0, 2, 0, 6],
  };
}
