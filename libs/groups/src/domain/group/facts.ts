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
