import type { IsoInstant, ProtocolForm } from '#domain/shared-kernel';
import type { ProtocolNumberSeries } from './number-series.js';
import type {
  Departure,
  FederationJustering,
  GroupDefinition,
  MeetingLeadership,
  MembershipFacts,
} from './facts.js';
import type { GroupLevel } from './group-level.js';
import type { JusteringSetting } from './meeting-rules.js';
import type { NoticeTimes } from './notice-times.js';

type Command<T extends string, D> = { type: T; data: { groupId: string; at: IsoInstant } & D };

export type GroupCommand =
  | Command<
      'CreateGroup',
      GroupDefinition & {
        organisationId: string;
        /** The parent group's levels, read by the caller: the parent must sit higher. */
        parentLevels?: GroupLevel[];
      }
    >
  | Command<
      'JoinGroup',
      MembershipFacts & {
        /** The tenant's union organisations, read from the organisation stream by the caller. */
        unionOrganisations: string[];
      }
    >
  | Command<'LeaveGroup', Departure>
  | Command<'SetMeetingLeadership', MeetingLeadership>
  | Command<'SetFederationJustering', FederationJustering>
  /** The group's own protocol form: procedural paragraphs and the sections the agenda is grouped in. */
  | Command<'SetProtocolForm', { form: ProtocolForm }>
  /** The group goes back to following its level's default form. */
  | Command<'ResetProtocolForm', object>
  /** How the group's protocols are justerade; an APT chooses between none and the employer's. */
  | Command<'SetJustering', { justering: JusteringSetting }>
  /** How many days ahead the group's kallelse and agenda go out (until set, its level's). */
  | Command<'SetNoticeTimes', NoticeTimes>
  /** A meeting of the group was scheduled: the group lists its meetings, numbered or not. */
  | Command<'AddMeeting', { meetingId: string }>
  /** Numbers run per group per calendar year: "Protokoll 2/2019". Given when the meeting closes. */
  | Command<'AllocateProtocolNumber', { meetingId: string; year: number }>
  /** Where a year's numbers start and how they are written (a group that starts mid-year at 7/19). */
  | Command<'SetProtocolNumberSeries', ProtocolNumberSeries & { year: number }>;
