import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsString,
  Length,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH } from '../../accounts/new-account.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../passwords/password-policy.js';
import { type OrganisationRole, ORGANISATION_ROLES } from '../../principal.js';
import { IsAcceptablePassword } from './is-acceptable-password.js';

const ROLES_DESCRIPTION = "Organisation roles: 'admin' manages accounts, 'hr' reads all follow-ups";

export class CreateAccountDto {
  @ApiProperty({ example: 'anna.andersson@kommun.se', maxLength: EMAIL_MAX_LENGTH })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @ApiProperty({ example: 'Anna Andersson', maxLength: DISPLAY_NAME_MAX_LENGTH })
  @IsString()
  @Length(1, DISPLAY_NAME_MAX_LENGTH)
  displayName!: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsAcceptablePassword()
  password!: string;

  @ApiPropertyOptional({
    enum: ORGANISATION_ROLES,
    isArray: true,
    description: ROLES_DESCRIPTION,
    default: [],
  })
  // Left out means none; null is refused like every other wrong type (IsOptional would let it through).
  @ValidateIf((_dto: object, roles: unknown) => roles !== undefined)
  @IsArray()
  @ArrayMaxSize(ORGANISATION_ROLES.length * 2)
  @IsIn(ORGANISATION_ROLES, { each: true })
  roles?: OrganisationRole[];
}

export class SetRolesDto {
  @ApiProperty({ enum: ORGANISATION_ROLES, isArray: true, description: `${ROLES_DESCRIPTION}; [] for none` })
  @IsArray()
  @ArrayMaxSize(ORGANISATION_ROLES.length * 2)
  @IsIn(ORGANISATION_ROLES, { each: true })
  roles!: OrganisationRole[];
}

export class AccountDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'default' })
  tenantId!: string;

  @ApiProperty({ example: 'anna.andersson@kommun.se' })
  email!: string;

  @ApiProperty({ example: 'Anna Andersson' })
  displayName!: string;

  @ApiProperty({ enum: ORGANISATION_ROLES, isArray: true })
  roles!: OrganisationRole[];

  @ApiProperty({
    type: [String],
    description: 'The units the account is an employee of (PUT /api/accounts/{id}/units)',
    example: ['u-hemtjanst-norr'],
  })
  units!: string[];

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set once disabled' })
  disabledAt!: Date | null;
}
