import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WORK_ENVIRONMENT_TOPICS, type WorkEnvironmentTopic } from '#libs/shared-kernel';
import type {
  GroupWarningView,
  SkyddskommitteView,
  TopicYearView,
} from '../../../application/group/get-group/skyddskommitte-view.js';
import {
  type NoticeTimes,
  SKYDDSKOMMITTE_WARNING_CODES,
  type SkyddskommitteWarningCode,
} from '../../../domain/group/index.js';

type TopicRow = TopicYearView['topics'][number];

export class NoticeTimesViewDto implements NoticeTimes {
  @ApiProperty({ type: 'integer', example: 14, description: 'Days before the meeting the kallelse goes out' })
  kallelseDays!: number;
  @ApiProperty({ type: 'integer', example: 7, description: 'Days before the meeting the agenda goes out' })
  agendaDays!: number;
  @ApiProperty({ description: 'true while these are the level’s defaults, not the group’s own' })
  isDefault!: boolean;
}

export class GroupWarningDto implements GroupWarningView {
  @ApiProperty({ enum: SKYDDSKOMMITTE_WARNING_CODES, description: 'Stable' })
  code!: SkyddskommitteWarningCode;
  @ApiProperty({
    example:
      'Gruppen har inte haft något möte sedan den 20 januari 2026; nästa borde ha hållits senast den 20 april 2026. En skyddskommitté ska sammanträda minst var tredje månad.',
  })
  text!: string;
  @ApiPropertyOptional({ format: 'date', description: 'The last meeting held (closed)' }) lastHeldOn?: string;
  @ApiPropertyOptional({ format: 'date', description: 'The next meeting is due by' }) dueBy?: string;
  @ApiPropertyOptional({ format: 'date', description: 'The next meeting planned' }) nextPlannedOn?: string;
}

class TopicHandledAtDto {
  @ApiProperty() meetingId!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiPropertyOptional({ type: 'integer' }) paragraph?: number;
  @ApiPropertyOptional({ example: '2/2026' }) protocolNumber?: string;
}

class TopicPlannedAtDto {
  @ApiProperty() meetingId!: string;
  @ApiProperty({ format: 'date' }) date!: string;
}

class TopicRowDto implements TopicRow {
  @ApiProperty({ enum: WORK_ENVIRONMENT_TOPICS }) topic!: WorkEnvironmentTopic;
  @ApiProperty({ example: 'Företagshälsovård' }) label!: string;
  @ApiProperty({ type: [TopicHandledAtDto], description: 'Closed meetings that handled it' })
  handledAt!: TopicHandledAtDto[];
  @ApiProperty({ type: [TopicPlannedAtDto], description: 'Coming meetings with it on the agenda' })
  plannedAt!: TopicPlannedAtDto[];
}

class TopicYearDto implements TopicYearView {
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: [TopicRowDto], description: 'Every AML 6:9 question, in a fixed order' })
  topics!: TopicRowDto[];
}

export class SkyddskommitteViewDto implements SkyddskommitteView {
  @ApiProperty({ type: [GroupWarningDto], description: 'Empty when the group meets as often as it should' })
  warnings!: GroupWarningDto[];
  @ApiProperty({ type: [TopicYearDto], description: 'The AML 6:9 questions per year, newest first' })
  topicsByYear!: TopicYearDto[];
}
