import {
  MEMBER_ROLES,
  type MemberRole,
  PartyDto,
  PersonDto,
  CalendarDate,
  Flag,
  Id,
  Name,
  Nested,
  OneOf,
  OneOfList,
  PROTOCOL_NUMBER_FORMATS,
  type ProtocolNumberFormat,
  WholeNumber,
} from '#libs/shared-kernel';
import {
  type Departure,
  GROUP_LEVELS,
  type GroupDefinition,
  type GroupLevel,
  type FederationJustering,
  type MeetingLeadership,
  JUSTERING_SETTINGS,
  type JusteringSetting,
  type MembershipFacts,
  MAX_NOTICE_DAYS,
  type NoticeTimes,
} from '../../domain/group/index.js';

export class CreateGroupDto implements GroupDefinition {
  @Name({ example: 'FSG/VSG Socialförvaltningen' })
  name!: string;

  /** One or more: ["FSG", "VSG"] is the combined FSG/VSG of seed 002. */
  @OneOfList(GROUP_LEVELS, {
    description: 'One or more levels, in the order printed',
    example: ['FSG', 'VSG'],
  })
  levels!: GroupLevel[];

  @Id({ description: 'The förvaltning or unit the group belongs to', example: 'u-soc' })
  unitId!: string;

  @Id({ optional: true, description: 'The group one level up (APT → VSG → FSG → CSG)' })
  parentGroupId?: string;

  @Flag({ description: 'The group also acts as skyddskommitté (AML 6:8)' })
  actsAsSkyddskommitte!: boolean;

  @Flag({
    optional: true,
    description:
      "Whether a vice ordförande from the union side runs the group's meetings, as its agreement says " +
      '(default false; the ordförande, the sekreterare and an employer vice ordförande always do)',
  })
  unionViceChairRunsMeetings?: boolean;
}

export class FederationJusteringDto implements FederationJustering {
  @Flag({
    description:
      'Whether a union justerare may justera for the federation of their organisation ("för TCO"), as the ' +
      "group's agreement says; applies to the meetings scheduled from now on",
  })
  justeringByFederation!: boolean;
}

export class MeetingLeadershipDto implements MeetingLeadership {
  @Flag({
    description:
      "Whether a vice ordförande from the union side runs the group's meetings (record, close, set the agenda)",
  })
  unionViceChairRunsMeetings!: boolean;
}

/** The party is the one PartyDto class for both sides; the controller turns it into a Party. */
export class JoinGroupDto implements Omit<MembershipFacts, 'party'> {
  @Nested(() => PersonDto, { description: 'personId is the account id of the person' })
  person!: PersonDto;

  @Nested(() => PartyDto, {
    optional: true,
    description:
      'Required at the samverkan levels. Left out at an APT, which has no formal parties: the member ' +
      'attends as a medarbetare (the manager may sit for the employer; no union organisation)',
  })
  party?: PartyDto;

  @OneOf(MEMBER_ROLES, { example: 'ordförande' })
  role!: MemberRole;

  @CalendarDate({ example: '2019-01-01' })
  joinedOn!: string;
}

export class LeaveGroupDto implements Pick<Departure, 'leftOn'> {
  @CalendarDate({ example: '2019-06-30' })
  leftOn!: string;
}

export class ProtocolNumberSeriesDto {
  @WholeNumber(1, 9999, {
    description: 'The number the first meeting closed that year takes (the next ones follow it)',
    example: 7,
  })
  firstNumber!: number;

  @OneOf(PROTOCOL_NUMBER_FORMATS, {
    optional: true,
    description: 'How the numbers are written: 7/2019 (N/YYYY, the default) or 7/19 (N/YY)',
    example: 'N/YY',
  })
  format?: ProtocolNumberFormat;
}

export class SetNoticeTimesDto implements NoticeTimes {
  @WholeNumber(1, MAX_NOTICE_DAYS, {
    description: 'Days before the meeting the kallelse goes out (the APT guidance: about 14)',
    example: 14,
  })
  kallelseDays!: number;

  @WholeNumber(1, MAX_NOTICE_DAYS, {
    description: 'Days before the meeting the agenda goes out (about 7); no more than kallelseDays',
    example: 7,
  })
  agendaDays!: number;
}

export class SetJusteringDto {
  @OneOf(JUSTERING_SETTINGS, {
    description:
      'parties: the employer and the union organisations justera (the samverkan levels, the only choice ' +
      'there); employer: one justerare for the employer; off: no justering, the notes are final when ' +
      'the meeting closes (an APT starts with off). Applies to meetings scheduled from now on',
    example: 'employer',
  })
  justering!: JusteringSetting;
}
