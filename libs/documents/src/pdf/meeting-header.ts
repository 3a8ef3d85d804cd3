import { stockholmTimeRange } from '../format/swedish-dates.js';
import type { MeetingHeader } from '../model/index.js';
import type { PdfNode } from './pdf-content.js';
import { factsTable } from './text-blocks.js';

/** "Samverkansgrupp FSG/VSG Socialförvaltningen" and the organisation under the document's title. */
export function groupLines(header: MeetingHeader): PdfNode[] {
  const lines: PdfNode[] = [{ text: `Samverkansgrupp ${header.groupName}`, style: 'subtitle' }];
  if (header.organisationName) lines.push({ text: header.organisationName, style: 'subtitle' });
  return lines;
}

/** Date, time, place and registration of the meeting, as a table (dates in tables are ISO). */
export function meetingFacts(header: MeetingHeader, options: { videoLink?: boolean } = {}): PdfNode {
  return factsTable([
    ['Datum', header.date],
    ['Tid', stockholmTimeRange(header.startsAt, header.endsAt)],
    ['Plats', header.place],
    ['Videolänk', options.videoLink ? header.videoLink : undefined],
    ['Förvaltning', header.forvaltning],
    ['Diarienummer', header.dnr],
  ]);
}

/** The group as the page head and the minnesanteckningar name it: "FSG/VSG – Socialförvaltningen". */
export function groupWithForvaltning(header: MeetingHeader): string {
  return header.forvaltning ? `${header.groupLevels} – ${header.forvaltning}` : header.groupName;
}
