import type { MeetingRules } from '#domain/groups';
import {
  definedOnly,
  MEMBER_ROLES,
  requireOneOf,
  requireFederation,
  requireName,
  requireNamedPerson,
  requireParty,
  requirePerson,
  sameParty,
  type Federation,
  type MemberRole,
  type NamedPerson,
  type Party,
  type PersonRef,
} from '#domain/shared-kernel';
import { meetingError } from './errors.js';
import { PRESENCES, type Presence } from './facts.js';

/**
 * One line of the närvarolista. Adjungerade are entries with role "adjungerad"; a substitute is
 * a present entry whose `replaces` names an absent one ("X är frånvarande, Y ersätter").
 */
export interface AttendanceEntry {
  /**
   * With an account, by its id; an adjungerad without one (a consultant, an HR-specialist from
   * another unit) by name alone, with their title.
   */
  person: Omit<NamedPerson, 'title'>;
  /** What they attend as, printed after the name: "HR-specialist". */
  title?: string;
  /** Left out for a medarbetare at an APT, which has no formal parties. */
  party?: Party;
  role: MemberRole;
  presence: Presence;
  replaces?: string;
}

/** A justerare and the party (employer or one union organisation) they justera for. */
export interface Justerare {
  person: PersonRef;
  party: Party;
  /**
   * Set where the group's agreement has the unions justera by federation: the union justerare
   * justerar "för TCO", the federation of the organisation they attend for.
   */
  federation?: Federation;
}

/** What the närvarolista and the justerare are checked against: the meeting's list and rules. */
interface ParticipantRules {
  unionOrganisations: readonly string[];
  rules: MeetingRules;
  federations?: Record<string, Federation>;
}

export function requireAttendance(
  entries: readonly AttendanceEntry[],
  meeting: ParticipantRules,
): AttendanceEntry[] {
  if (entries.length === 0) throw meetingError.noAttendees();
  const checked = entries.map(({ person, title, party, role, presence, replaces }, index) =>
    definedOnly<AttendanceEntry>({
      person: requireAttendee(person, role, replaces, index),
      title: title === undefined ? undefined : requireName(title, `attendees[${index}].title`),
      party: requireAttendeeParty(party, meeting, index, person?.personId),
      role: requireOneOf(role, MEMBER_ROLES, `attendees[${index}].role`),
      presence: requireOneOf(presence, PRESENCES, `attendees[${index}].presence`),
      replaces,
    }),
  );
  const byId = new Map<string, AttendanceEntry>();
  const guests = new Set<string>();
  for (const entry of checked) {
    const { personId, name } = entry.person;
    // A guest without an account is told apart by name: the same name twice is the same person.
    if (personId === undefined) {
      const key = name.toLocaleLowerCase('sv');
      if (guests.has(key)) throw meetingError.duplicateAttendee(name);
      guests.add(key);
      continue;
    }
    if (byId.has(personId)) throw meetingError.duplicateAttendee(personId);
    byId.set(personId, entry);
  }
  const replaced = new Set<string>();
  for (const entry of checked.filter((candidate) => candidate.replaces !== undefined)) {
    const substitute = entry.person.personId as string;
    const replacedId = entry.replaces as string;
    const absentee = byId.get(replacedId);
    if (!absentee) throw meetingError.substituteForUnknownPerson(substitute, replacedId);
    if (absentee.presence !== 'absent') throw meetingError.substituteForPresentPerson(substitute, replacedId);
    if (entry.presence !== 'present') throw meetingError.absentSubstitute(substitute);
    if (replaced.has(replacedId)) throw meetingError.alreadyReplaced(replacedId);
    // An ersättare holds a seat of their own side: Vision's seat is not filled by Kommunal.
    if (!sameParty(entry.party, absentee.party))
      throw meetingError.substitutePartyMismatch(substitute, replacedId);
    replaced.add(replacedId);
  }
  return checked;
}

/**
 * Members and substitutes are named by their account; an adjungerad may have none and is then named
 * by name alone (with a title on the entry).
 */
function requireAttendee(
  person: AttendanceEntry['person'],
  role: MemberRole,
  replaces: string | undefined,
  index: number,
): AttendanceEntry['person'] {
  const field = `attendees[${index}].person`;
  const { personId, name } = requireNamedPerson(person, field);
  if (personId !== undefined) return { personId, name };
  if (role !== 'adjungerad' || replaces !== undefined)
    throw meetingError.accountRequired(`${field}.personId`);
  return { name };
}

/**
 * At the samverkan levels everyone attends for the employer or a union organisation. An APT has no
 * formal parties: a medarbetare attends without one, the manager may attend for the employer.
 */
function requireAttendeeParty(
  party: Party | undefined,
  meeting: ParticipantRules,
  index: number,
  personId: string | undefined,
): Party | undefined {
  const field = `attendees[${index}].party`;
  if (party === undefined) {
    if (meeting.rules.formalParties) throw meetingError.attendeePartyRequired(field, personId);
    return undefined;
  }
  const checked = requireParty(party, meeting.unionOrganisations, field);
  if (checked.side === 'union' && !meeting.rules.formalParties)
    throw meetingError.noFormalParties(field, checked.organisation);
  return checked;
}

/**
 * As the meeting's justering says: with "parties", one justerare for the employer and one or more
 * for the unions; with "employer", the one for the employer alone; with "off", none can be
 * appointed. Each is among those present and justerar for the party they attend for (a justerare
 * approves only for their own organisation).
 */
export function requireJusterare(
  justerare: readonly Justerare[],
  attendance: readonly AttendanceEntry[],
  meeting: ParticipantRules,
): Justerare[] {
  const { justering } = meeting.rules;
  if (justering === 'off') throw meetingError.justeringOff();
  const checked = justerare.map(({ person, party, federation }, index) =>
    definedOnly<Justerare>({
      person: requirePerson(person, `justerare[${index}].person`),
      party: requireParty(party, meeting.unionOrganisations, `justerare[${index}].party`),
      federation:
        federation === undefined
          ? undefined
          : requireFederation(federation, `justerare[${index}].federation`),
    }),
  );
  const employerCount = checked.filter(({ party }) => party.side === 'employer').length;
  if (employerCount !== 1) throw meetingError.employerJusterareRequired(employerCount);
  const unionCount = checked.filter(({ party }) => party.side === 'union').length;
  if (justering === 'parties' && unionCount === 0) throw meetingError.unionJusterareRequired();
  if (justering === 'employer' && unionCount > 0) throw meetingError.employerJusteringOnly();
  const seen = new Set<string>();
  for (const { person, party, federation } of checked) {
    if (seen.has(person.personId)) throw meetingError.duplicateJusterare(person.personId);
    seen.add(person.personId);
    const attendee = attendance.find((entry) => entry.person.personId === person.personId);
    if (attendee?.presence !== 'present') throw meetingError.justerareNotPresent(person.personId);
    if (!sameParty(attendee.party, party)) throw meetingError.justerarePartyMismatch(person.personId);
    if (federation !== undefined) requireFederationJusterare(person, party, federation, meeting);
  }
  return checked;
}

/**
 * "för TCO": only where the group's agreement has the unions justera by federation, and only for
 * the federation of the organisation the justerare attends for (as the meeting has them).
 */
function requireFederationJusterare(
  person: PersonRef,
  party: Party,
  federation: Federation,
  meeting: ParticipantRules,
): void {
  if (meeting.rules.justeringByFederation !== true)
    throw meetingError.federationJusteringOff(person.personId, federation);
  const organisation = party.side === 'union' ? party.organisation : undefined;
  if (organisation === undefined || meeting.federations?.[organisation] !== federation)
    throw meetingError.notInFederation(person.personId, federation, organisation);
}

/** What a justerare justerar for, as the protocol says it: "TCO", "Vision", "arbetsgivaren". */
export const justeradFor = ({ party, federation }: Pick<Justerare, 'party' | 'federation'>): string =>
  federation ?? (party.side === 'employer' ? 'arbetsgivaren' : party.organisation);

/** The union organisations with at least one person present (substitutes included). */
export function organisationsPresent(attendance: readonly AttendanceEntry[]): Set<string> {
  return new Set(
    attendance.flatMap(({ party, presence }) =>
      presence === 'present' && party?.side === 'union' ? [party.organisation] : [],
    ),
  );
}

/**
 * The person is on the närvarolista as present for the party (a substitute is present for the
 * party they attend for). Before attendance is recorded nobody is.
 */
export function requirePresentFor(
  attendance: readonly AttendanceEntry[],
  person: PersonRef,
  party: Party,
): void {
  const present = attendance.some(
    (entry) =>
      entry.person.personId === person.personId &&
      entry.presence === 'present' &&
      sameParty(entry.party, party),
  );
  if (!present) throw meetingError.notPresent(person.personId, party);
}
