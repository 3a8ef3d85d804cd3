import type { IsoDate, IsoInstant, MemberRole, Party, PersonRef } from '#domain/shared-kernel';
import type { GroupLevel } from './group-level.js';

export type GroupCommand =
  | {
      type: 'CreateGroup';
      data: {
        groupId: string;
        organisationId: string;
        name: string;
        /** One or more levels; ["FSG", "VSG"] is the combined "FSG/VSG" group of seed 002. */
        levels: GroupLevel[];
        /** The förvaltning/unit the group belongs to. */
        unitId: string;
        parentGroupId?: string;
        /** The group also acts as skyddskommitté (AML 6:8). */
        actsAsSkyddskommitte: boolean;
        at: IsoInstant;
      };
    }
  | {
      type: 'JoinGroup';
      data: {
        groupId: string;
        person: PersonRef;
        party: Party;
        role: MemberRole;
        joinedOn: IsoDate;
        /** The tenant's union organisations, read from the organisation stream by the caller. */
        unionOrganisations: string[];
        at: IsoInstant;
      };
    }
  | { type: 'LeaveGroup'; data: { groupId: string; personId: string; leftOn: IsoDate; at: IsoInstant } }
  | {
      type: 'AllocateProtocolNumber';
      /** Numbers run per group per calendar year: "Protokoll 2/2019". */
      data: { groupId: string; meetingId: string; year: number; at: IsoInstant };
    };
