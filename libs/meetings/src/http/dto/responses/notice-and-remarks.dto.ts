import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTICE_WARNING_CODES, type NoticeWarningCode } from '#libs/groups';
import type { NoticeView, NoticeWarningView } from '../../../application/get-meeting/notice-view.js';
import type { MeetingRemark } from '../../../domain/index.js';

export class MeetingRemarkDto implements MeetingRemark {
  @ApiProperty({ enum: ['SKYDDSOMBUD_ABSENT'], description: 'Stable' }) code!: 'SKYDDSOMBUD_ABSENT';
  @ApiProperty({
    example:
      'Inget skyddsombud var närvarande när arbetsmiljöfrågor enligt AML 6 kap. 9 § behandlades (§ 4). Minst ett skyddsombud ska delta när gruppen är skyddskommitté.',
  })
  text!: string;
  @ApiProperty({ type: [String], description: 'The AML 6:9 items it concerns' }) itemIds!: string[];
}

class NoticeWarningDto implements NoticeWarningView {
  @ApiProperty({ enum: NOTICE_WARNING_CODES, description: 'Stable' }) code!: NoticeWarningCode;
  @ApiProperty({ example: 'Kallelsen borde ha gått ut den 6 mars 2026.' }) text!: string;
  @ApiProperty({ format: 'date', description: 'The day missed' }) dueBy!: string;
  @ApiPropertyOptional({ format: 'date', description: 'When the kallelse went out' }) sentOn?: string;
}

export class NoticeDto implements NoticeView {
  @ApiProperty({ type: 'integer', example: 14 }) kallelseDays!: number;
  @ApiProperty({ type: 'integer', example: 7 }) agendaDays!: number;
  @ApiProperty({ format: 'date', description: 'The last day the kallelse should go out' })
  kallelseBy!: string;
  @ApiProperty({ format: 'date', description: 'The last day the agenda should go out' }) agendaBy!: string;
  @ApiProperty({ type: [NoticeWarningDto], description: 'What is late, for the chair' })
  warnings!: NoticeWarningDto[];
}
