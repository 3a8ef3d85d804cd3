import type { AttendanceGroup, NamedPerson, ProtocolAttendance, ProtocolDocument } from '../model/index.js';
import type { PdfContent, PdfNode } from './pdf-content.js';
import { factsTable } from './text-blocks.js';

/** Närvarande and frånvarande by side and organisation, the employer first; then adjungerade. */
export function attendanceBlocks(attendance: ProtocolAttendance): PdfNode[] {
  const blocks: PdfNode[] = [];
  if (attendance.present.length > 0) blocks.push(...partyTable('Närvarande', attendance.present));
  if (attendance.absent.length > 0) blocks.push(...partyTable('Frånvarande', attendance.absent));
  if (attendance.adjungerade.length > 0) {
    blocks.push({ text: 'Adjungerade', style: 'label', margin: [0, 6, 0, 2] });
    blocks.push({ stack: attendance.adjungerade.map(personLine), margin: [0, 0, 0, 4] });
  }
  return blocks;
}

/** Ordförande, sekreterare, justerare, then "Protokollets omfattning §1–§12" once § numbers are fixed. */
export function protocolRoles(document: ProtocolDocument): PdfNode[] {
  const justerare = document.justerare.map((person) => `${person.name} (${person.party.name})`);
  const blocks: PdfNode[] = [
    factsTable([
      ['Ordförande', document.ordforande.join(', ')],
      ['Sekreterare', document.sekreterare.join(', ')],
      ['Justerare', justerare.join(', ')],
    ]),
  ];
  if (document.scope) {
    const { first, last } = document.scope;
    blocks.push({ text: `Protokollets omfattning §${first}–§${last}`, style: 'label', margin: [0, 0, 0, 6] });
  }
  return blocks;
}

function partyTable(heading: string, groups: AttendanceGroup[]): PdfNode[] {
  const ordered = [
    ...groups.filter((group) => group.party.side === 'employer'),
    ...groups.filter((group) => group.party.side === 'union'),
  ];
  const body: PdfContent[][] = ordered.map((group) => [
    { text: group.party.name, style: 'label' },
    { stack: group.people.map(personLine) },
  ]);
  return [
    { text: heading, style: 'label', margin: [0, 6, 0, 2] },
    { table: { widths: [140, '*'], dontBreakRows: true, body }, layout: 'noBorders', margin: [0, 0, 0, 4] },
  ];
}

/** "Jessica Granquist, ordförande (ersätter Dinah Åbinger)" */
function personLine(person: NamedPerson & { replaces?: string }): string {
  const role = person.role ? `, ${person.role}` : '';
  const replaces = person.replaces ? ` (ersätter ${person.replaces})` : '';
  return `${person.name}${role}${replaces}`;
}
