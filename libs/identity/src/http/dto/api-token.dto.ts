import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { API_TOKEN_NAME_MAX_LENGTH } from '../../api-tokens/api-token.service.js';

export class IssueApiTokenDto {
  @ApiProperty({ description: 'What the token is for', example: 'Export till diariet' })
  @IsString()
  @Length(1, API_TOKEN_NAME_MAX_LENGTH)
  name!: string;
}

export class ApiTokenDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Export till diariet' })
  name!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastUsedAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt!: Date | null;
}

export class IssuedApiTokenDto extends ApiTokenDto {
  @ApiProperty({
    description: 'Send as `Authorization: Bearer <token>`. Shown only now: the server keeps only its hash.',
    example: 'svk_3q2-7wEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEE',
  })
  token!: string;
}
