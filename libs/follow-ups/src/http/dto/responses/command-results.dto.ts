import { ApiProperty } from '@nestjs/swagger';
import { Version } from '#libs/shared-kernel';

export class FollowUpChangedDto {
  @ApiProperty() followUpId!: string;
  @Version() version!: number;
}
