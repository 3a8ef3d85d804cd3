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
}
