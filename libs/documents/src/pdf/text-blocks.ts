import { omittedItemsNotice, revisionLabel } from '../format/labels.js';
import type { FollowUpLine, PartyStatementText, RevisionInfo } from '../model/index.js';
import type { PdfContent, PdfNode } from './pdf-content.js';

/**
 * Recorded text as blocks: paragraphs are separated by blank lines, a single line break stays a line
 * break inside its paragraph.
 */
export function textParagraphs(text: string | undefined, style = 'text'): PdfNode[] {
  if (!text) return [];
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => ({ text: paragraph, style }));
}

/** "Vision: Vi ser positivt på förslaget." */
export function statementBlocks(statements: PartyStatementText[]): PdfNode[] {
  return statements.map((statement) => ({
    text: [{ text: `${statement.party.name}: `, bold: true }, statement.text],
    style: 'text',
  }));
}

export function protokollsanteckningBlocks(anteckningar: PartyStatementText[]): PdfNode[] {
  return anteckningar.map((anteckning) => ({
    text: [{ text: `Protokollsanteckning från ${anteckning.party.name}: `, bold: true }, anteckning.text],
    style: 'text',
  }));
}

/** A table of follow-ups: what, who, by when (dates in tables are ISO, 2019-04-30). */
export function followUpTable(followUps: FollowUpLine[]): PdfNode[] {
  if (followUps.length === 0) return [];
  const header = ['Uppföljning', 'Ansvarig', 'Klart senast'].map((text) => ({ text, style: 'tableHeader' }));
  const rows = followUps.map((followUp) =>
    [followUp.action, followUp.responsible, followUp.dueDate].map((text) => ({ text, style: 'tableCell' })),
  );
  return [
    {
      table: { widths: ['*', 130, 70], headerRows: 1, dontBreakRows: true, body: [header, ...rows] },
      layout: 'lightHorizontalLines',
      margin: [0, 2, 0, 8],
    },
  ];
}

/** For the members' version: the item is printed, but marked as one the public version leaves out. */
export function confidentialMark(reason: string | undefined): PdfNode {
  const why = reason ? ` (${reason})` : '';
  return {
    text: `Sekretessbelagd punkt${why}. Redovisas inte i den offentliga versionen.`,
    style: 'note',
  };
}

/** The public version's notice of what it left out; nothing in the members' version. */
export function omittedItemsNote(omittedItems: number): PdfNode[] {
  return omittedItems > 0 ? [{ text: omittedItemsNotice(omittedItems), style: 'note' }] : [];
}

/** Which version of the document this is, in a line under the title. */
export function revisionText(revision: RevisionInfo): string {
  if (revision.kind === 'utkast') return 'Utkast – inte fastställt eller justerat.';
  return `${revisionLabel(revision)}.${revision.superseded ? ' Ersatt av en senare revision.' : ''}`;
}

/** The marking every page of a draft or a superseded revision carries under its title. */
export function revisionMarking(revision: RevisionInfo): string | undefined {
  if (revision.kind === 'utkast') return 'UTKAST';
  if (revision.superseded) return `ERSATT – REVISION ${revision.revision}`;
  return undefined;
}

/** Label and value rows without borders: "Datum  2019-02-25". Rows without a value are left out. */
export function factsTable(rows: [label: string, value: string | undefined][]): PdfNode {
  const body: PdfContent[][] = rows
    .filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '')
    .map(([label, value]) => [{ text: label, style: 'label' }, value]);
  if (body.length === 0) return { stack: [] };
  return { table: { widths: [140, '*'], body }, layout: 'noBorders', margin: [0, 6, 0, 6] };
}
