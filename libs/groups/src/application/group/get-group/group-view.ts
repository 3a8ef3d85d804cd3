import { formatProtocolNumber, type ProtocolNumber } from '#libs/shared-kernel';
import {
  activeMembers,
  formatGroupLevels,
  type GroupLevel,
  type GroupState,
  type Membership,
} from '../../../domain/group/index.js';

export interface GroupView {
  groupId: string;
  version: number;
  organisationId: string;
  name: string;
  levels: GroupLevel[];
  /** "FSG/VSG", as documents print it. */
  levelsLabel: string;
  unitId: string;
  parentGroupId?: string;
  actsAsSkyddskommitte: boolean;
  /** Whether a union-side vice ordförande runs the group's meetings. */
  unionViceChairRunsMeetings: boolean;
  /** Current members. */
  members: Membership[];
  /** Every membership period, former ones included. */
  memberships: Membership[];
  /** The group's meetings, by the protocol numbers allocated to them. */
  meetings: { meetingId: string; protocolNumber: ProtocolNumber & { formatted: string } }[];
}

export function groupView(state: GroupState, version: number): GroupView {
  return {
    groupId: state.groupId as string,
    version,
    organisationId: state.organisationId as string,
    name: state.name as string,
    levels: state.levels,
    levelsLabel: formatGroupLevels(state.levels),
    unitId: state.unitId as string,
    parentGroupId: state.parentGroupId,
    actsAsSkyddskommitte: state.actsAsSkyddskommitte,
    unionViceChairRunsMeetings: state.unionViceChairRunsMeetings,
    members: activeMembers(state),
    memberships: state.memberships,
    meetings: Object.entries(state.protocolNumbers).map(([meetingId, protocolNumber]) => ({
      meetingId,
      protocolNumber: { ...protocolNumber, formatted: formatProtocolNumber(protocolNumber) },
    })),
  };
}
