import { partyName, WORDS } from '../format/labels.js';
import type { AttendanceGroup, NamedPerson, ProtocolDocument } from '../model/index.js';
import type { AttendanceBlock, FactsBlock } from './blocks.js';

/** Närvarande and frånvarande by side and organisation, the employer first; then adjungerade. */
export function attendanceBlock({ attendance }: ProtocolDocument): AttendanceBlock[] {
  const lists: AttendanceBlock['lists'] = [];
  if (attendance.present.length > 0)
    lists.push({ heading: WORDS.present, groups: byParty(attendance.present) });
  if (attendance.absent.length > 0) lists.push({ heading: WORDS.absent, groups: byParty(attendance.absent) });
  if (attendance.adjungerade.length > 0) {
    lists.push({ heading: WORDS.adjungerade, groups: [{ people: attendance.adjungerade.map(personLine) }] });
  }
  return lists.length > 0 ? [{ kind: 'attendance', lists }] : [];
}

/** Ordförande, sekreterare and justerare (unless the meeting has no justering); a role nobody has yet says so. */
export function rolesBlock(document: ProtocolDocument): FactsBlock {
  const names = (people: string[], none: string) => (people.length > 0 ? people.join(', ') : none);
  const justerare = document.justerare.map((person) => `${person.name} (${partyName(person.party)})`);
  const rows: FactsBlock['rows'] = [
    { label: WORDS.ordforande, value: names(document.ordforande, WORDS.notGiven) },
    { label: WORDS.sekreterare, value: names(document.sekreterare, WORDS.notGiven) },
  ];
  if (document.justering) rows.push({ label: WORDS.justerare, value: names(justerare, WORDS.notAppointed) });
  return { kind: 'facts', style: 'roles', rows };
}

/** The employer, then the union organisations, then those without a party (an APT's medarbetare). */
function byParty(groups: AttendanceGroup[]): AttendanceBlock['lists'][number]['groups'] {
  const ordered = [
    ...groups.filter((group) => group.party?.side === 'employer'),
    ...groups.filter((group) => group.party?.side === 'union'),
    ...groups.filter((group) => group.party === undefined),
  ];
  return ordered.map((group) => ({
    name: group.party ? partyName(group.party) : WORDS.medarbetare,
    people: group.people.map(personLine),
  }));
}

/** "Jessica Granquist, HR-chef (ersätter Dinah Åbinger)" */
function personLine(person: NamedPerson & { replaces?: string }): string {
  const role = person.role ? `, ${person.role}` : '';
  const replaces = person.replaces ? ` (ersätter ${person.replaces})` : '';
  return `${person.name}${role}${replaces}`;
}
