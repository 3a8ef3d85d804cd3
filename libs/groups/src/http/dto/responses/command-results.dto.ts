import { ApiProperty } from '@nestjs/swagger';
import { Version } from '#libs/shared-kernel';

export class OrganisationChangedDto {
  @ApiProperty() organisationId!: string;
  @Version() version!: number;
}

export class UnitAddedDto extends OrganisationChangedDto {
  @ApiProperty() unitId!: string;
}

export class GroupChangedDto {
  @ApiProperty() groupId!: string;
  @Version() version!: number;
}
