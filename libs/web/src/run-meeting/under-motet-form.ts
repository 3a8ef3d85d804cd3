import { ruleBroken } from '#libs/ddd';
import type { FollowUpHandling } from '#libs/follow-ups';
import { stockholmDate, stockholmLocalToUtc } from '#libs/documents';
import type { GroupView } from '#libs/groups';
import {
  type AttendanceEntry,
  type DecisionOutcome,
  type Justerare,
  MEETING_ERROR,
  type MeetingView,
} from '#libs/meetings';
import { type Party, type PersonRef, VALIDATION_ERROR } from '#libs/shared-kernel';
import { type FormFields, listOf, textOf } from '../prepare-meeting/page-form.js';

/** A posted form as express reads it (urlencoded, not extended): a repeated name is a list. */
export type PostedForm = FormFields;

/** A party in a <select>: "employer" or "union:<organisation>". */
export const partyValue = (party: Party | undefined): string =>
  party === undefined ? '' : party.side === 'employer' ? 'employer' : `union:${party.organisation}`;

/** An unknown value stays as sent: the decider refuses it with VALIDATION.INVALID_VALUE. */
export function partyOf(value: string): Party {
  if (value === 'employer') return { side: 'employer' };
  if (value.startsWith('union:')) return { side: 'union', organisation: value.slice('union:'.length) };
  return { side: value } as unknown as Party;
}

export const partyName = (party: Party | undefined): string =>
  party === undefined ? 'utan part' : party.side === 'employer' ? 'Arbetsgivaren' : party.organisation;

/** How many empty rows the form has for adjungerade not yet listed. */
export const NEW_ADJUNGERADE_ROWS = 2;

/**
 * The närvarolista from the form: each member of the group present, absent or left out, with
 * whom a present ersättare replaces; adjungerade by name, title (if given) and party (present). An adjungerad has no
 * account: their id is made from the name, so saving the list again keeps the same person.
 */
export function attendanceOf(form: PostedForm, group: GroupView, meeting: MeetingView): AttendanceEntry[] {
  const entries: AttendanceEntry[] = [];
  for (const member of group.members) {
    const { personId } = member.person;
    const presence = textOf(form, `narvaro:${personId}`);
    if (presence !== 'present' && presence !== 'absent') continue;
    const replaces = textOf(form, `ersatter:${personId}`);
    entries.push({
      person: member.person,
      ...(member.party ? { party: member.party } : {}),
      role: member.role,
      presence,
      ...(replaces ? { replaces } : {}),
    });
  }
  const rows = adjungeradeOf(meeting).length + NEW_ADJUNGERADE_ROWS;
  for (let row = 0; row < rows; row += 1) {
    const name = textOf(form, `adj-namn-${row}`).trim();
    if (!name) continue;
    const party = textOf(form, `adj-part-${row}`);
    const title = textOf(form, `adj-titel-${row}`).trim();
    entries.push({
      person: { personId: textOf(form, `adj-id-${row}`) || adjungeradId(name), name },
      ...(title ? { title } : {}),
      ...(party ? { party: partyOf(party) } : {}),
      role: 'adjungerad',
      presence: 'present',
    });
  }
  return entries;
}

/** Adjungerade are those on the list who are not members of the group. */
export const adjungeradeOf = (meeting: MeetingView): AttendanceEntry[] =>
  meeting.attendance.filter((entry) => entry.role === 'adjungerad');

const adjungeradId = (name: string) =>
  `adjungerad:${name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')}`;

/** The justerare from the form: one select per party present ("justerare:employer", "justerare:union:Vision"). */
export function justerareOf(form: PostedForm, meeting: MeetingView): Justerare[] {
  const justerare: Justerare[] = [];
  for (const party of partiesPresent(meeting)) {
    const personId = textOf(form, `justerare:${partyValue(party)}`);
    if (!personId) continue;
    const entry = meeting.attendance.find((attendee) => attendee.person.personId === personId);
    justerare.push({ person: { personId, name: entry?.person.name ?? personId }, party });
  }
  return justerare;
}

/** The parties with someone present, the employer first, in the meeting's order of organisations. */
export function partiesPresent(meeting: MeetingView): Party[] {
  const present = meeting.attendance.filter((entry) => entry.presence === 'present');
  const parties: Party[] = [];
  if (present.some((entry) => entry.party?.side === 'employer')) parties.push({ side: 'employer' });
  for (const organisation of meeting.unionOrganisations) {
    if (present.some((entry) => entry.party?.side === 'union' && entry.party.organisation === organisation)) {
      parties.push({ side: 'union', organisation });
    }
  }
  return parties;
}

export type RecordAs = 'information' | 'dialog' | 'decision';

/** The record an item's kind takes; the kinds without one of their own choose in the form. */
export function recordOfKind(kind: string): RecordAs | null {
  if (kind === 'information') return 'information';
  if (kind === 'dialog') return 'dialog';
  if (kind === 'beslut' || kind === 'förhandling') return 'decision';
  return null;
}

export interface ItemText {
  recordAs: RecordAs;
  text: string;
  outcome: DecisionOutcome;
  disagreeing: string[];
}

export function itemTextOf(form: PostedForm, kind: string): ItemText {
  const chosen = textOf(form, 'recordAs');
  const recordAs =
    recordOfKind(kind) ??
    (chosen === 'dialog' || chosen === 'decision' || chosen === 'information' ? chosen : 'information');
  return {
    recordAs,
    text: textOf(form, 'text'),
    outcome: textOf(form, 'outcome') as DecisionOutcome,
    disagreeing: listOf(form, 'disagreeing'),
  };
}

/** Who may be responsible for a follow-up: the members, then anyone else on the list. */
export function responsibleCandidates(group: GroupView, meeting: MeetingView): PersonRef[] {
  const people = new Map<string, PersonRef>();
  for (const member of group.members) people.set(member.person.personId, member.person);
  // A guest without an account (an adjungerad by name) cannot be responsible for a follow-up.
  for (const { person } of meeting.attendance)
    if (person.personId !== undefined)
      people.set(person.personId, { personId: person.personId, name: person.name });
  return [...people.values()];
}

/**
 * The closing form's start and end, typed as times of day ("13.05") on the meeting's day, as the
 * instants CloseMeeting takes. A time left empty is not sent: the start is then the scheduled one
 * and the end the moment of closing.
 */
export function heldTimesOf(
  form: PostedForm,
  meeting: MeetingView,
): { startedAt?: string; endedAt?: string } {
  const day = stockholmDate(meeting.startsAt);
  const times: { startedAt?: string; endedAt?: string } = {};
  for (const field of ['startedAt', 'endedAt'] as const) {
    const typed = textOf(form, field).trim();
    if (!typed) continue;
    const instant = stockholmLocalToUtc(day, typed);
    if (!instant)
      throw ruleBroken(MEETING_ERROR.INVALID_HELD_TIME, `${field} is no time of day`, {
        field,
        value: typed,
      });
    times[field] = instant;
  }
  return times;
}

/**
 * On a returning återrapportering item, what becomes of its follow-up (FollowUpHandling): reported
 * (it comes back while open), completed, or rescheduled with a new date and why. An unknown choice
 * goes on as sent, for the decider to refuse.
 */
export function followUpHandlingOf(form: PostedForm): FollowUpHandling {
  const outcome = (textOf(form, 'followUpOutcome') || 'reported') as FollowUpHandling['outcome'];
  if (outcome !== 'rescheduled') return { outcome };
  const reason = textOf(form, 'rescheduleReason');
  // Refused here, so the message is the one about this field (the decider's names followUp.reason).
  if (!reason)
    throw ruleBroken(VALIDATION_ERROR.TEXT_REQUIRED, 'A new date needs its reason', {
      field: 'rescheduleReason',
    });
  return { outcome, newDueDate: textOf(form, 'newDueDate'), reason };
}

/**
 * Why an item is confidential (for instance the OSL chapter), as MarkItemConfidential takes it; an
 * empty one is refused here so the message names this field (the decider's names `reason`, which on
 * this page is the deferral's).
 */
export function confidentialityReasonOf(form: PostedForm): string {
  const reason = textOf(form, 'sekretessgrund');
  if (!reason)
    throw ruleBroken(VALIDATION_ERROR.TEXT_REQUIRED, 'Marking an item confidential needs its reason', {
      field: 'sekretessgrund',
    });
  return reason;
}
