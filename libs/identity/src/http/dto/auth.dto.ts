import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../../passwords/password-policy.js';
import { type OrganisationRole, ORGANISATION_ROLES, type Principal } from '../../principal.js';
import { EMAIL_MAX_LENGTH, TENANT_ID_MAX_LENGTH } from '../../accounts/new-account.js';

export class LoginDto {
  @ApiProperty({ description: 'The organisation (tenant) id', example: 'default' })
  @IsString()
  @Length(1, TENANT_ID_MAX_LENGTH)
  tenant!: string;

  @ApiProperty({ example: 'anna.andersson@kommun.se', maxLength: EMAIL_MAX_LENGTH })
  @IsString()
  @Length(1, EMAIL_MAX_LENGTH)
  email!: string;

  /**
   * No minimum: a short password is simply wrong, with the same answer as any wrong one. The
   * maximum is in UTF-16 units, room for the policy's 1024 characters of any kind.
   */
  @ApiProperty({ format: 'password', maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH * 2)
  password!: string;
}

export class LoginResponseDto {
  @ApiProperty({ format: 'uuid' })
  accountId!: string;

  @ApiProperty({ example: 'Anna Andersson' })
  displayName!: string;

  @ApiProperty({ enum: ORGANISATION_ROLES, isArray: true, description: 'Organisation roles' })
  roles!: OrganisationRole[];
}

export class PrincipalDto extends LoginResponseDto {
  @ApiProperty({ example: 'default' })
  tenantId!: string;

  @ApiProperty({ enum: ['session', 'token'], description: 'Signed in by session cookie or API token' })
  via!: Principal['via'];
}
