import { ApiProperty } from '@nestjs/swagger';
import { Version } from '#libs/shared-kernel';
import { AgendaEntryDto } from './meeting-view.dto.js';

export class MeetingChangedDto {
  @ApiProperty() meetingId!: string;
  @Version() version!: number;
}

export class ScheduledMeetingDto extends MeetingChangedDto {
  @ApiProperty({
    type: () => [AgendaEntryDto],
    description:
      'The agenda proposal: items deferred at the previous meeting and follow-ups now due, with their origin',
  })
  carriedOver!: AgendaEntryDto[];
}

export class FollowUpDateAssignedDto extends MeetingChangedDto {
  @ApiProperty() followUpId!: string;
  @ApiProperty({ type: 'integer', description: "The follow-up stream's version" }) followUpVersion!: number;
}

export class OvrigFragaAddedDto extends MeetingChangedDto {
  @ApiProperty() itemId!: string;
}

export class AgendaItemProposedDto extends MeetingChangedDto {
  @ApiProperty() itemId!: string;
}
