import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MEMBER_ROLES,
  type MemberRole,
  PartyDto,
  PersonDto,
  PROTOCOL_NUMBER_FORMATS,
  type ProtocolNumberFormat,
  ProtocolNumberDto,
} from '#libs/shared-kernel';
import type { GroupView } from '../../../application/group/get-group/group-view.js';
import {
  GROUP_LEVELS,
  type GroupLevel,
  JUSTERING_SETTINGS,
  type JusteringSetting,
  type Membership,
} from '../../../domain/group/index.js';
import { ProtocolFormDto } from '../protocol-form.dto.js';
import { NoticeTimesViewDto, SkyddskommitteViewDto } from './skyddskommitte-view.dto.js';

/** Each class `implements` what the view shows (the party as the one PartyDto class for both sides). */
type WithPartyDto<T> = Omit<T, 'party'> & { party?: PartyDto };
type GroupMeeting = GroupView['meetings'][number];
type GroupViewAsDto = Omit<GroupView, 'members' | 'memberships'> &
  Record<'members' | 'memberships', WithPartyDto<Membership>[]>;

export class MembershipDto implements WithPartyDto<Membership> {
  @ApiProperty({ type: PersonDto }) person!: PersonDto;
  @ApiPropertyOptional({ type: PartyDto, description: 'Left out for a medarbetare at an APT' })
  party?: PartyDto;
  @ApiProperty({ enum: MEMBER_ROLES }) role!: MemberRole;
  @ApiProperty({ format: 'date' }) joinedOn!: string;
  @ApiPropertyOptional({ format: 'date' }) leftOn?: string;
}

export class GroupMeetingDto implements GroupMeeting {
  @ApiProperty() meetingId!: string;
  @ApiPropertyOptional({ type: ProtocolNumberDto, description: 'Given when the meeting closes' })
  protocolNumber?: ProtocolNumberDto;
}

export class ProtocolNumberSeriesViewDto {
  @ApiProperty({ type: 'integer', example: 2019 }) year!: number;
  @ApiProperty({ type: 'integer', example: 7 }) firstNumber!: number;
  @ApiProperty({ enum: PROTOCOL_NUMBER_FORMATS }) format!: ProtocolNumberFormat;
}

export class GroupViewDto implements GroupViewAsDto {
  @ApiProperty() groupId!: string;
  @ApiProperty({ type: 'integer', description: 'The stream version; also the ETag' }) version!: number;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ example: 'FSG/VSG Socialförvaltningen' }) name!: string;
  @ApiProperty({ enum: GROUP_LEVELS, isArray: true }) levels!: GroupLevel[];
  @ApiProperty({ example: 'FSG/VSG' }) levelsLabel!: string;
  @ApiProperty() unitId!: string;
  @ApiPropertyOptional() parentGroupId?: string;
  @ApiProperty() actsAsSkyddskommitte!: boolean;
  @ApiProperty({ description: "Whether a union-side vice ordförande runs the group's meetings" })
  unionViceChairRunsMeetings!: boolean;
  @ApiProperty({ type: ProtocolFormDto, description: 'The form the group’s protocols follow' })
  protocolForm!: ProtocolFormDto;
  @ApiProperty({ description: 'true while the form is the default of the group’s level' })
  protocolFormIsDefault!: boolean;
  @ApiProperty({ description: 'False at an APT: members attend without a party' }) formalParties!: boolean;
  @ApiProperty({
    enum: JUSTERING_SETTINGS,
    description: 'How the meetings scheduled from now on are justerade',
  })
  justering!: JusteringSetting;
  @ApiProperty({
    description:
      'Whether a union justerare may justera for their federation ("för TCO") at the meetings scheduled from now on',
  })
  justeringByFederation!: boolean;
  @ApiProperty({ type: [MembershipDto], description: 'Current members' }) members!: MembershipDto[];
  @ApiProperty({ type: [MembershipDto], description: 'Every membership, former ones included' })
  memberships!: MembershipDto[];
  @ApiProperty({ type: [GroupMeetingDto], description: 'The meetings in the order they were scheduled' })
  meetings!: GroupMeetingDto[];
  @ApiProperty({ type: [ProtocolNumberSeriesViewDto], description: 'The number series set per year' })
  protocolNumberSeries!: ProtocolNumberSeriesViewDto[];
  @ApiProperty({
    type: NoticeTimesViewDto,
    description: 'How many days ahead the kallelse and the agenda go out',
  })
  noticeTimes!: NoticeTimesViewDto;
  @ApiPropertyOptional({
    type: SkyddskommitteViewDto,
    description: 'Only for a group acting as skyddskommitté: its warnings and the AML 6:9 questions per year',
  })
  skyddskommitte?: SkyddskommitteViewDto;
}
