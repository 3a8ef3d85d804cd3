import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { Flag, WholeNumber } from '#libs/shared-kernel';
import type {
  DiffSegment,
  ParagraphDiff,
  ProtocolDiff,
  RecordDiff,
} from '../../../application/protocol-diff/protocol-diff.js';
import { CORRECTABLE_RECORDS, type CorrectableRecord } from '../../../domain/index.js';
import type { DtoOf } from '../dto-of.js';

/** Query string of GET …/protocol/diff. */
export class ProtocolDiffQueryDto {
  @Type(() => Number)
  @WholeNumber(1, 10_000, { description: 'The earlier revision', example: 1 })
  from!: number;

  @Type(() => Number)
  @WholeNumber(1, 10_000, { description: 'The later revision', example: 2 })
  to!: number;

  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @Flag({ optional: true, description: 'Every § with its texts, not only those that changed' })
  all?: boolean;
}

class DiffSegmentDto implements DtoOf<DiffSegment> {
  @ApiProperty({ enum: ['same', 'added', 'removed'] }) change!: DiffSegment['change'];
  @ApiProperty({ description: 'The words, with their spaces' }) text!: string;
}

class RecordDiffDto implements DtoOf<RecordDiff> {
  @ApiProperty({ enum: CORRECTABLE_RECORDS }) record!: CorrectableRecord;
  @ApiProperty({ description: 'The text in the earlier revision' }) before!: string;
  @ApiProperty({ description: 'The text in the later revision' }) after!: string;
  @ApiProperty({ type: [DiffSegmentDto] }) segments!: DiffSegmentDto[];
}

class ParagraphDiffDto implements DtoOf<ParagraphDiff> {
  @ApiProperty() itemId!: string;
  @ApiProperty({ type: 'integer' }) paragraph!: number;
  @ApiProperty({ description: "'' when omitted" }) title!: string;
  @ApiPropertyOptional({
    enum: [true],
    description: 'A confidential item read from outside the group: it changed, its texts are left out',
  })
  omitted?: true;
  @ApiProperty({ type: [RecordDiffDto] }) records!: RecordDiffDto[];
}

export class ProtocolDiffDto implements DtoOf<ProtocolDiff> {
  @ApiProperty() meetingId!: string;
  @ApiProperty({ type: 'integer' }) from!: number;
  @ApiProperty({ type: 'integer' }) to!: number;
  @ApiProperty({ type: [ParagraphDiffDto] }) paragraphs!: ParagraphDiffDto[];
}
