import type { IsoDate, ProtocolForm, ProtocolNumber } from '#domain/shared-kernel';
import type { MembershipFacts } from './facts.js';
import type { ProtocolNumberSeries } from './number-series.js';
import type { GroupLevel } from './group-level.js';
import type { NoticeTimes } from './notice-times.js';
import {
  defaultJustering,
  hasFormalParties,
  type MeetingRules,
  type JusteringSetting,
} from './meeting-rules.js';

/** One period of membership; a person who leaves and rejoins has two. */
export interface Membership extends MembershipFacts {
  leftOn?: IsoDate;
}

export interface GroupState {
  created: boolean;
  groupId?: string;
  organisationId?: string;
  name?: string;
  levels: GroupLevel[];
  unitId?: string;
  parentGroupId?: string;
  actsAsSkyddskommitte: boolean;
  /** Whether a union-side vice ordförande runs the group's meetings (MeetingLeadership). */
  unionViceChairRunsMeetings: boolean;
  /** Set by SetJustering; until then the level's default (defaultJustering). */
  justering?: JusteringSetting;
  /** Set by SetFederationJustering; absent (and in states folded before it), false. */
  justeringByFederation?: boolean;
  memberships: Membership[];
  /** Set by the group; absent, its protocols follow the default form of its level (protocolFormOf). */
  protocolForm?: ProtocolForm;
  /** The group's meetings in the order they were scheduled (cancelled ones too). */
  meetingIds: string[];
  /** meetingId → its protocol number. */
  protocolNumbers: Record<string, ProtocolNumber>;
  /** year → the series set for it; a year without one starts at 1 and prints N/YYYY. */
  protocolNumberSeries: Record<number, ProtocolNumberSeries>;
  /** Set by SetNoticeTimes; until then the level's (noticeTimesOf). */
  noticeTimes?: NoticeTimes;
}

export const initialGroupState = (): GroupState => ({
  created: false,
  levels: [],
  actsAsSkyddskommitte: false,
  unionViceChairRunsMeetings: false,
  memberships: [],
  meetingIds: [],
  protocolNumbers: {},
  protocolNumberSeries: {},
});

export const activeMembership = (state: GroupState, personId: string): Membership | undefined =>
  state.memberships.find((membership) => membership.person.personId === personId && !membership.leftOn);

export const activeMembers = (state: GroupState): Membership[] =>
  state.memberships.filter((membership) => !membership.leftOn);

/** The rules the group's next meeting is scheduled under. */
export const meetingRulesOf = (state: GroupState): MeetingRules => ({
  formalParties: hasFormalParties(state.levels),
  justering: state.justering ?? defaultJustering(state.levels),
  justeringByFederation: state.justeringByFederation === true,
});
