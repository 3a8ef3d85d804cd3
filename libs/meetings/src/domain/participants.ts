import {
  definedOnly,
  MEMBER_ROLES,
  requireOneOf,
  requireParty,
  requirePerson,
  sameParty,
  type MemberRole,
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
  person: PersonRef;
  party: Party;
  role: MemberRole;
  presence: Presence;
  replaces?: string;
}

/** A justerare and the party (employer or one union organisation) they justera for. */
export interface Justerare {
  person: PersonRef;
  party: Party;
}

export function requireAttendance(
  entries: readonly AttendanceEntry[],
  unionOrganisations: readonly string[],
): AttendanceEntry[] {
  if (entries.length === 0) throw meetingError.noAttendees();
  const checked = entries.map(({ person, party, role, presence, replaces }, index) =>
    definedOnly<AttendanceEntry>({
      person: requirePerson(person, `attendees[${index}].person`),
      party: requireParty(party, unionOrganisations, `attendees[${index}].party`),
      role: requireOneOf(role, MEMBER_ROLES, `attendees[${index}].role`),
      presence: requireOneOf(presence, PRESENCES, `attendees[${index}].presence`),
      replaces,
    }),
  );
  const byId = new Map<string, AttendanceEntry>();
  for (const entry of checked) {
    if (byId.has(entry.person.personId)) throw meetingError.duplicateAttendee(entry.person.personId);
    byId.set(entry.person.personId, entry);
  }
  const replaced = new Set<string>();
  for (const entry of checked.filter((candidate) => candidate.replaces !== undefined)) {
    const substitute = entry.person.personId;
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
 * One justerare for the employer and one or more for the unions, each among those present and
 * justera-ing for the party they attend for (a justerare approves only for their own organisation).
 */
export function requireJusterare(
  justerare: readonly Justerare[],
  attendance: readonly AttendanceEntry[],
  unionOrganisations: readonly string[],
): Justerare[] {
  const checked = justerare.map(({ person, party }, index) => ({
    person: requirePerson(person, `justerare[${index}].person`),
    party: requireParty(party, unionOrganisations, `justerare[${index}].party`),
  }));
  const employerCount = checked.filter(({ party }) => party.side === 'employer').length;
  if (employerCount !== 1) throw meetingError.employerJusterareRequired(employerCount);
  if (!checked.some(({ party }) => party.side === 'union')) throw meetingError.unionJusterareRequired();
  const seen = new Set<string>();
  for (const { person, party } of checked) {
    if (seen.has(person.personId)) throw meetingError.duplicateJusterare(person.personId);
    seen.add(person.personId);
    const attendee = attendance.find((entry) => entry.person.personId === person.personId);
    if (attendee?.presence !== 'present') throw meetingError.justerareNotPresent(person.personId);
    if (!sameParty(attendee.party, party)) throw meetingError.justerarePartyMismatch(person.personId);
  }
  return checked;
}

/** The union organisations with at least one person present (substitutes included). */
export function organisationsPresent(attendance: readonly AttendanceEntry[]): Set<string> {
  return new Set(
    attendance.flatMap(({ party, presence }) =>
      presence === 'present' && party.side === 'union' ? [party.organisation] : [],
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
