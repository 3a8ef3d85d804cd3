import type { Principal } from '#libs/identity';
import { type MemberRole, type Party, sameParty, type PersonRef } from '#libs/shared-kernel';
import {
  activeMembership,
  type GroupState,
  hasFormalParties,
  type Membership,
} from '../../domain/group/index.js';

/** What the policy reads of a meeting: its appointed justerare and what is published (a MeetingState is one). */
export interface MeetingAccessFacts {
  justerare: readonly { person: PersonRef }[];
  /** The latest revision the public may read (justerat, or closed without justering); none yet if undefined. */
  publishedRevision?: number;
}

/** What the policy reads of a follow-up: who is responsible (a FollowUpState is one). */
export interface FollowUpAccessFacts {
  responsible?: PersonRef;
}

/** Everything a caller may ask to do; each use case requires exactly one. */
export type Permission =
  | 'organisation.read'
  | 'organisation.manage'
  | 'group.read'
  | 'group.manage'
  | 'meeting.read'
  | 'meeting.read-published'
  | 'meeting.run'
  | 'meeting.propose-item'
  | 'meeting.annotate'
  | 'meeting.justera'
  | 'meeting.archive'
  | 'follow-up.read'
  | 'follow-up.report'
  | 'follow-up.manage';

/** The facts a decision needs, already read from the caller's own tenant. */
export interface AccessFacts {
  /** The group the resource belongs to (a meeting's or follow-up's group). */
  group?: GroupState;
  /** For justering: the meeting's appointed justerare. */
  meeting?: MeetingAccessFacts;
  /** For a follow-up's responsible person. */
  followUp?: FollowUpAccessFacts;
  /**
   * The party the caller acts for, when the request names one (a protokollsanteckning's party, an
   * övrig fråga's proposer). Left out, the server takes the caller's own party from the membership.
   */
  party?: Party;
}

/** The roles of the members who run a group's meetings (see runsTheMeetings): every meeting command is theirs. */
export const RUNS_MEETINGS: readonly MemberRole[] = ['ordförande', 'vice ordförande', 'sekreterare'];

/**
 * The authorization rules, pure so they can be tested as a table. Group roles come from membership
 * (a member's person id is the account id); organisation roles from the principal. Rights add up:
 * an HR person who is also a group's sekreterare runs that group's meetings as its sekreterare.
 */
export function isAllowed(principal: Principal, permission: Permission, facts: AccessFacts = {}): boolean {
  // Facts from another tenant are never read (streams are per tenant); this guards against a bug.
  if (facts.group?.organisationId !== undefined && facts.group.organisationId !== principal.tenantId) {
    return false;
  }
  const admin = principal.roles.includes('admin');
  const hr = principal.roles.includes('hr');
  const membership =
    facts.group === undefined ? undefined : activeMembership(facts.group, principal.accountId);
  const role = membership?.role;
  const runsMeetings = membership !== undefined && runsTheMeetings(membership, facts.group);
  // A union representative's own rights (MBL §12 items, protokollsanteckningar) are for their
  // organisation only; those who run meetings act on behalf of any party.
  const unionMemberForOwnParty =
    membership?.party?.side === 'union' && actsForOwnParty(membership, facts.party);
  switch (permission) {
    case 'organisation.read':
      return true;
    case 'organisation.manage':
    case 'group.manage':
      return admin;
    case 'group.read':
      return admin || hr || role !== undefined || readsPublishedRecordsOf(principal, facts.group);
    case 'meeting.read':
      return hr || role !== undefined || isAppointedJusterare(principal, facts.meeting);
    case 'meeting.read-published':
      // The public version of what is published; those who read the meeting itself read it too.
      return (
        isAllowed(principal, 'meeting.read', facts) ||
        (readsPublishedRecordsOf(principal, facts.group) && facts.meeting?.publishedRevision !== undefined)
      );
    case 'meeting.run':
      return runsMeetings;
    case 'meeting.propose-item':
    case 'meeting.annotate':
      return runsMeetings || unionMemberForOwnParty;
    case 'meeting.justera':
      // Each justerare approves for themselves and the party they were appointed for, nobody else.
      return isAppointedJusterare(principal, facts.meeting);
    case 'meeting.archive':
      // The archive package goes to the e-arkiv: the organisation's archivists (admin, HR) and the
      // group's sekreterare, who keeps its records, make it; what of it they read is the
      // confidentiality rule's (seesConfidentialItems), not this one's.
      return admin || hr || role === 'sekreterare';
    case 'follow-up.read':
      return hr || role !== undefined || isResponsible(principal, facts.followUp);
    case 'follow-up.report':
      return runsMeetings || isResponsible(principal, facts.followUp);
    case 'follow-up.manage':
      // DOMAIN: a follow-up is rescheduled or cancelled "in the meeting where it is reported back,
      // or by the responsible person".
      return runsMeetings || isResponsible(principal, facts.followUp);
  }
}

/**
 * The one rule for employees who are not members: who reads a group's published records (the
 * public version of its justerade protocols, and an APT's notes once published). A samverkansgrupp's
 * justerade protocols are public records (allmänna handlingar, DOMAIN), so every employee of the
 * organisation reads them; an APT's notes are the workplace's own, read by the employees of its
 * unit (DOMAIN: "every employee of the unit may read them"), not by those of other units.
 */
export function readsPublishedRecordsOf(principal: Principal, group: GroupState | undefined): boolean {
  const units = principal.units ?? [];
  if (group === undefined || units.length === 0) return false;
  if (hasFormalParties(group.levels)) return true;
  return group.unitId !== undefined && units.includes(group.unitId);
}

/** The caller's current role in the group (a member who left has none). */
export function memberRole(principal: Principal, group: GroupState | undefined): MemberRole | undefined {
  return group === undefined ? undefined : activeMembership(group, principal.accountId)?.role;
}

/**
 * Who sees a meeting's confidential items in full: the group's active members. Everyone else who
 * may read the meeting (HR, a justerare from outside the group) gets them without their content;
 * the documents, the meeting view and its history all ask this.
 */
export function seesConfidentialItems(principal: Principal, group: GroupState | undefined): boolean {
  return memberRole(principal, group) !== undefined;
}

/**
 * The ordförande, the sekreterare and the employer's vice ordförande run every meeting of the
 * group; a vice ordförande from the union side only where the group's setting says so.
 */
function runsTheMeetings(membership: Membership, group: GroupState | undefined): boolean {
  if (!RUNS_MEETINGS.includes(membership.role)) return false;
  if (membership.role === 'vice ordförande' && membership.party?.side === 'union')
    return group?.unionViceChairRunsMeetings === true;
  return true;
}

function actsForOwnParty(membership: Membership, party: Party | undefined): boolean {
  return party === undefined || sameParty(party, membership.party);
}

function isAppointedJusterare(principal: Principal, meeting: MeetingAccessFacts | undefined): boolean {
  return meeting?.justerare.some(({ person }) => person.personId === principal.accountId) ?? false;
}

function isResponsible(principal: Principal, followUp: FollowUpAccessFacts | undefined): boolean {
  return followUp?.responsible?.personId === principal.accountId;
}
