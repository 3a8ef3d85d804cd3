import type { IsoDate, IsoInstant, MemberRole, Party, PersonRef } from '#domain/shared-kernel';
import type { GroupLevel } from './group-level.js';

export type GroupEvent =
  | {
      type: 'GroupCreated';
      data: {
        groupId: string;
        organisationId: string;
        name: string;
        levels: GroupLevel[];
        unitId: string;
        parentGroupId?: string;
        actsAsSkyddskommitte: boolean;
        at: IsoInstant;
      };
    }
  | {
      type: 'MemberJoined';
      data: {
        groupId: string;
        person: PersonRef;
        party: Party;
        role: MemberRole;
        joinedOn: IsoDate;
        at: IsoInstant;
      };
    }
  | { type: 'MemberLeft'; data: { groupId: string; personId: string; leftOn: IsoDate; at: IsoInstant } }
  | {
      type: 'ProtocolNumberAllocated';
      data: { groupId: string; meetingId: string; year: number; number: number; at: IsoInstant };
    };
