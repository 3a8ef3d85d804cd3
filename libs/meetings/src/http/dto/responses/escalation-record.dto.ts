import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ESCALATION_TARGET_KINDS } from '../../../domain/index.js';

/** A group as an escalation names it. */
class EscalationGroupDto {
  @ApiProperty() groupId!: string;
  @ApiProperty({ example: 'FSG/VSG Socialförvaltningen' }) name!: string;
  @ApiProperty({ type: [String], example: ['FSG', 'VSG'] }) levels!: string[];
}

class EscalationTargetDto {
  @ApiProperty({ enum: ESCALATION_TARGET_KINDS }) kind!: (typeof ESCALATION_TARGET_KINDS)[number];
  @ApiPropertyOptional({ description: 'parent-group: the parent group' }) groupId?: string;
  @ApiPropertyOptional({ description: 'parent-group: its name' }) name?: string;
  @ApiPropertyOptional({ type: [String], description: 'parent-group: its levels' }) levels?: string[];
}

/** Where an escalated item went (PUT …/escalation); it counts as handled here. */
export class EscalationRecordDto {
  @ApiProperty({ type: EscalationTargetDto }) to!: EscalationTargetDto;
  @ApiPropertyOptional({ description: "The question as put, where it differs from the item's title" })
  question?: string;
  @ApiProperty({ type: EscalationGroupDto, description: 'The group that raised it (the meeting’s own)' })
  from!: EscalationGroupDto;
  @ApiPropertyOptional({
    enum: ['pending'],
    description: 'mbl-negotiation: pending, so no decision on the item is recorded',
  })
  negotiation?: 'pending';
}
