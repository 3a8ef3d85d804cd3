import { formatProtocolNumber, type ProtocolForm, type ProtocolNumber } from '#libs/shared-kernel';
import {
  activeMembers,
  formatGroupLevels,
  type GroupLevel,
  type GroupState,
  type JusteringSetting,
  meetingRulesOf,
  type Membership,
  protocolFormOf,
  type ProtocolNumberSeries,
  type NoticeTimes,
  noticeTimesOf,
} from '../../../domain/group/index.js';
import type { SkyddskommitteView } from './skyddskommitte-view.js';

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
  /** The unions justera by federation ("för TCO") where the group's agreement says so. */
  justeringByFederation: boolean;
  /** The form the group's protocols follow. */
  protocolForm: ProtocolForm;
  /** true while that is the default of the group's level, not one the group set. */
  protocolFormIsDefault: boolean;
  /** False at an APT: members attend without a party. */
  formalParties: boolean;
  /** How the meetings scheduled from now on are justerade. */
  justering: JusteringSetting;
  /** Current members. */
  members: Membership[];
  /** Every membership period, former ones included. */
  memberships: Membership[];
  /** The group's meetings in the order they were scheduled; a number once the meeting closed. */
  meetings: { meetingId: string; protocolNumber?: ProtocolNumber & { formatted: string } }[];
  /** The series set for a year (first number and format), by year. */
  protocolNumberSeries: (ProtocolNumberSeries & { year: number })[];
  /** How many days ahead the kallelse and the agenda go out: the group's own, or its level's. */
  noticeTimes: NoticeTimes & { isDefault: boolean };
  /** Only for a group acting as skyddskommitté: its warnings and the AML 6:9 questions per year. */
  skyddskommitte?: SkyddskommitteView;
}

export function groupView(
  state: GroupState,
  version: number,
  skyddskommitte?: SkyddskommitteView,
): GroupView {
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
    justeringByFederation: state.justeringByFederation === true,
    protocolForm: protocolFormOf(state),
    protocolFormIsDefault: state.protocolForm === undefined,
    ...meetingRulesOf(state),
    members: activeMembers(state),
    memberships: state.memberships,
    meetings: state.meetingIds.map((meetingId) => {
      const protocolNumber = state.protocolNumbers[meetingId];
      if (!protocolNumber) return { meetingId };
      return {
        meetingId,
        protocolNumber: { ...protocolNumber, formatted: formatProtocolNumber(protocolNumber) },
      };
    }),
    protocolNumberSeries: Object.entries(state.protocolNumberSeries)
      .map(([year, series]) => ({ year: Number(year), ...series }))
      .sort((a, b) => a.year - b.year),
    noticeTimes: {
      ...noticeTimesOf(state.levels, state.noticeTimes),
      isDefault: state.noticeTimes === undefined,
    },
    ...(skyddskommitte === undefined ? {} : { skyddskommitte }),
  };
}
