import type { IsoDate, MemberRole, Party, PersonRef } from '#domain/shared-kernel';
import type { GroupLevel } from './group-level.js';

/** The facts of a group, each shape declared once: commands, events, state and DTOs derive from them. */

/** What a group is, as it is created. */
export interface GroupDefinition {
  name: string;
  /** One or more levels; ["FSG", "VSG"] is the combined "FSG/VSG" group of seed 002. */
  levels: GroupLevel[];
  /** The förvaltning/unit the group belongs to. */
  unitId: string;
  parentGroupId?: string;
  /** The group also acts as skyddskommitté (AML 6:8). */
  actsAsSkyddskommitte: boolean;
  /** See MeetingLeadership; left out (and in groups created before it) the union's does not. */
  unionViceChairRunsMeetings?: boolean;
}

/**
 * Who runs the group's meetings, as its samverkansavtal says. The ordförande, the employer's vice
 * ordförande and the sekreterare always do; a vice ordförande from the union side does only where
 * the agreement gives the unions that role (some groups alternate, or let the vice ordförande chair
 * when the ordförande is away).
 */
export interface MeetingLeadership {
  unionViceChairRunsMeetings: boolean;
}

/**
 * Whether the unions justera by federation, as the group's agreement says: in central groups the
 * unions often sit and justera as Saco, TCO and LO ("för TCO") rather than one by one. Then a
 * union justerare may justera for the federation of the organisation they attend for.
 */
export interface FederationJustering {
  justeringByFederation: boolean;
}

/** A person joining: for which party, in which role, from when. */
export interface MembershipFacts {
  /** personId is the person's account id: that is how a member's rights are found. */
  person: PersonRef;
  /** Left out at an APT, which has no formal parties: the member attends as a medarbetare. */
  party?: Party;
  role: MemberRole;
  joinedOn: IsoDate;
}

export interface Departure {
  personId: string;
  leftOn: IsoDate;
}
