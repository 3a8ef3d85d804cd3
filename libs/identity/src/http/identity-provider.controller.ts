import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Inject, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, REQUEST_ERROR } from '#libs/http';
import type { IdentityProvider } from '../oidc/identity-provider.js';
import { IdentityProviderNotFoundError } from '../oidc/identity-provider.js';
import { IdentityProviderService } from '../oidc/identity-provider.service.js';
import { oidcAddresses } from '../oidc/oidc-addresses.js';
import { OIDC_SETTINGS, type OidcSettings } from '../oidc/oidc-settings.js';
import type { Principal } from '../principal.js';
import { IDENTITY_ERROR } from '../shared/identity-errors.js';
import { ApiAuthenticated, ApiForbiddenUnlessAdmin } from './api-docs.js';
import { CurrentPrincipal, RequireOrganisationRole } from './auth-decorators.js';
import { IdentityProviderDto, SetIdentityProviderDto } from './dto/identity-provider.dto.js';

const NOT_FOUND = { 404: [IDENTITY_ERROR.IDENTITY_PROVIDER_NOT_FOUND] } as const;

/**
 * The organisation's identity provider for sign-in (OpenID Connect), for its admins. The client
 * secret is write-only: no answer carries it. Kept in the identity context's own table, never in
 * the event log (which keeps everything forever).
 */
@ApiTags('organisation')
@ApiAuthenticated()
@ApiForbiddenUnlessAdmin()
@Controller('api/organisation/identity-provider')
@RequireOrganisationRole('admin')
export class IdentityProviderController {
  constructor(
    private readonly providers: IdentityProviderService,
    @Inject(OIDC_SETTINGS) private readonly oidc: OidcSettings,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'getIdentityProvider',
    summary: "The organisation's identity provider (no secret)",
  })
  @ApiOkResponse({ type: IdentityProviderDto })
  @ApiProblems(NOT_FOUND)
  async get(@CurrentPrincipal() caller: Principal): Promise<IdentityProviderDto> {
    const provider = await this.providers.get(caller.tenantId);
    if (!provider) throw new IdentityProviderNotFoundError();
    return this.dtoOf(provider);
  }

  @Put()
  @ApiOperation({
    operationId: 'setIdentityProvider',
    summary: 'Set or change the identity provider people may sign in with',
  })
  @ApiOkResponse({ type: IdentityProviderDto })
  @ApiProblems({
    400: [REQUEST_ERROR.INVALID, REQUEST_ERROR.MALFORMED_JSON, IDENTITY_ERROR.INVALID_IDENTITY_PROVIDER],
    413: [REQUEST_ERROR.TOO_LARGE],
  })
  async set(
    @CurrentPrincipal() caller: Principal,
    @Body() body: SetIdentityProviderDto,
  ): Promise<IdentityProviderDto> {
    const { issuer, clientId, clientSecret, matchClaim, displayName } = body;
    return this.dtoOf(
      await this.providers.set(caller.tenantId, { issuer, clientId, clientSecret, matchClaim, displayName }),
    );
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'removeIdentityProvider',
    summary: 'Remove the identity provider: password sign-in only',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(NOT_FOUND)
  async remove(@CurrentPrincipal() caller: Principal): Promise<void> {
    await this.providers.remove(caller.tenantId);
  }

  private dtoOf(provider: IdentityProvider): IdentityProviderDto {
    const { issuer, clientId, matchClaim, displayName, clientSecretSet, updatedAt } = provider;
    return {
      issuer,
      clientId,
      matchClaim,
      displayName,
      clientSecretSet,
      updatedAt,
      ...oidcAddresses(this.oidc.publicBaseUrl, provider.tenantId),
    };
  }
}
