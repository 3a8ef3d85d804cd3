import type { GroupView } from '#libs/groups';
import { RUNS_MEETINGS } from '#libs/groups';
import type { AgendaItemOriginView } from '#libs/meetings';
import { AGENDA_ITEM_KINDS, type AgendaItemKind, type Party } from '#libs/shared-kernel';

/** The item kinds as the kallelse prints them. */
export const KIND_LABELS: Record<AgendaItemKind, string> = {
  information: 'Information',
  dialog: 'Dialog',
  beslut: 'Samverkan inför beslut',
  förhandling: 'Förhandling',
  'stående punkt': 'Stående punkt',
  återrapportering: 'Återrapportering',
  'övrig fråga': 'Övrig fråga',
};

export const kindOptions = (selected: string) =>
  AGENDA_ITEM_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind], selected: kind === selected }));

export const partyLabel = (party: Party | undefined): string =>
  party === undefined ? 'Medarbetare' : party.side === 'employer' ? 'Arbetsgivaren' : party.organisation;

/** "Bordlagd vid mötet 2019-02-04, § 7: <reason>" / "Uppföljning från § 3, 2019-02-04, senast 2019-02-25". */
export function originLabel(origin: AgendaItemOriginView | undefined): string | null {
  if (!origin) return null;
  const paragraph = origin.fromParagraph === undefined ? '' : `§ ${origin.fromParagraph}, `;
  if (origin.kind === 'follow-up') {
    return `Återrapportering av uppföljning från ${paragraph}${origin.fromDate}${origin.dueDate ? `, senast ${origin.dueDate}` : ''}`;
  }
  return `Bordlagd från ${paragraph}${origin.fromDate}${origin.reason ? ` – ${origin.reason}` : ''}`;
}

/**
 * Whether the person runs the group's meetings (ordförande, sekreterare, the employer's vice
 * ordförande; a union vice ordförande where the group says so): then the page offers the forms.
 * The commands decide by the same rule (access-policy), so a form shown in error is still refused.
 */
export function runsMeetings(group: GroupView, personId: string): boolean {
  const membership = group.members.find((member) => member.person.personId === personId);
  if (!membership || !RUNS_MEETINGS.includes(membership.role)) return false;
  if (membership.role === 'vice ordförande' && membership.party?.side === 'union')
    return group.unionViceChairRunsMeetings;
  return true;
}

export const prepareHref = (meetingId: string) => `/moten/${encodeURIComponent(meetingId)}/forbered`;
/** Under mötet: where the meeting is recorded, during it or written up afterwards, until it closes. */
export const runHref = (meetingId: string) => `/moten/${encodeURIComponent(meetingId)}/under-motet`;
export const groupHref = (groupId: string) => `/grupper/${encodeURIComponent(groupId)}`;
