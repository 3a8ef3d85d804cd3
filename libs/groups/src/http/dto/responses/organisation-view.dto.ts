import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class UnitDto {
  @ApiProperty() unitId!: string;
  @ApiProperty({ example: 'Socialförvaltningen' }) name!: string;
  @ApiPropertyOptional() parentUnitId?: string;
}

export class OrganisationViewDto {
  @ApiProperty({ description: 'The tenant id' }) organisationId!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ example: 'Exempelstads kommun' }) name!: string;
  @ApiProperty({ type: [UnitDto] }) units!: UnitDto[];
  @ApiProperty({ type: [String], example: ['Kommunal', 'Vision', 'Akademikerförbundet SSR'] })
  unionOrganisations!: string[];
  @ApiProperty({
    description:
      'Union organisation → the federation (centralorganisation) it belongs to; a union of none is left out',
    type: 'object',
    additionalProperties: { type: 'string', enum: ['Saco', 'TCO', 'LO'] },
    example: { Kommunal: 'LO', Vision: 'TCO', 'Akademikerförbundet SSR': 'Saco' },
  })
  federations!: Record<string, string>;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 60,
    example: 7,
    description: "Days before a follow-up's due date its responsible person is reminded (7 until set)",
  })
  reminderLeadDays!: number;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 60,
    example: 7,
    description: 'Days from a justering request to its last date when the request names none (7 until set)',
  })
  justeringDays!: number;
}
