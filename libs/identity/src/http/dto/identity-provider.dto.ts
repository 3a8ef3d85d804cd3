import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Lengths and forms are checked by the use case (checkedProviderInput), the page's and the API's alike. */
export class SetIdentityProviderDto {
  @ApiProperty({
    description: "The provider's issuer identifier (https://)",
    example: 'https://login.exempelstad.se',
  })
  @IsString()
  @MaxLength(2000)
  issuer!: string;

  @ApiProperty({ description: "This service's client id at the provider", example: 'samverkan' })
  @IsString()
  @MaxLength(2000)
  clientId!: string;

  @ApiPropertyOptional({
    description: 'Write-only: never returned. Required for a new provider; left out, the stored one stays.',
    format: 'password',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  clientSecret?: string;

  @ApiPropertyOptional({
    description: "The claim matched against an account's e-mail address (default email)",
    example: 'email',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  matchClaim?: string;

  @ApiProperty({
    description: 'Shown on the sign-in page as "Logga in med <displayName>"',
    example: 'Exempelstads inloggning',
  })
  @IsString()
  @MaxLength(2000)
  displayName!: string;
}

export class IdentityProviderDto {
  @ApiProperty({ example: 'https://login.exempelstad.se' })
  issuer!: string;

  @ApiProperty({ example: 'samverkan' })
  clientId!: string;

  @ApiProperty({ example: 'email' })
  matchClaim!: string;

  @ApiProperty({ example: 'Exempelstads inloggning' })
  displayName!: string;

  @ApiProperty({ description: 'Always true: the secret is set, and is never returned', enum: [true] })
  clientSecretSet!: true;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;

  @ApiProperty({
    description: 'Register at the provider as the redirect URI',
    example: 'https://samverkan.exempelstad.se/logga-in/oidc/callback',
  })
  redirectUri!: string;

  @ApiProperty({ description: 'Register at the provider as the post-logout redirect URI' })
  postLogoutRedirectUri!: string;
}
