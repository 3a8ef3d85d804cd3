import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEMBER_ROLES, PartyDto, PersonDto, ProtocolNumberDto } from '#libs/shared-kernel';
import { GROUP_LEVELS } from '../../../domain/group/index.js';

export class MembershipDto {
  @ApiProperty({ type: PersonDto }) person!: PersonDto;
  @ApiProperty({ type: PartyDto }) party!: PartyDto;
  @ApiProperty({ enum: MEMBER_ROLES }) role!: string;
  @ApiProperty({ format: 'date' }) joinedOn!: string;
  @ApiPropertyOptional({ format: 'date' }) leftOn?: string;
}

export class GroupMeetingDto {
  @ApiProperty() meetingId!: string;
  @ApiProperty({ type: ProtocolNumberDto }) protocolNumber!: ProtocolNumberDto;
}

export class GroupViewDto {
  @ApiProperty() groupId!: string;
  @ApiProperty({ type: 'integer', description: 'The stream version; also the ETag' }) version!: number;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ example: 'FSG/VSG Socialförvaltningen' }) name!: string;
  @ApiProperty({ enum: GROUP_LEVELS, isArray: true }) levels!: string[];
  @ApiProperty({ example: 'FSG/VSG' }) levelsLabel!: string;
  @ApiProperty() unitId!: string;
  @ApiPropertyOptional() parentGroupId?: string;
  @ApiProperty() actsAsSkyddskommitte!: boolean;
  @ApiProperty({ type: [MembershipDto], description: 'Current members' }) members!: MembershipDto[];
  @ApiProperty({ type: [MembershipDto], description: 'Every membership, former ones included' })
  memberships!: MembershipDto[];
  @ApiProperty({ type: [GroupMeetingDto] }) meetings!: GroupMeetingDto[];
}
