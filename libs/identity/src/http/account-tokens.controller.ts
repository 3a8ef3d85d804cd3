import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ApiTokenService } from '../api-tokens/api-token.service.js';
import type { Principal } from '../principal.js';
import { ApiAuthenticated, ApiForbiddenUnlessAdmin } from './api-docs.js';
import { forbidden } from './auth-errors.js';
import { CurrentPrincipal } from './auth-decorators.js';
import { ApiTokenDto, IssuedApiTokenDto, IssueApiTokenDto } from './dto/api-token.dto.js';
import { IdentityErrorsInterceptor } from './identity-errors.interceptor.js';

/** An account's API tokens: managed by the organisation's admins or by the account itself. */
@ApiTags('accounts')
@ApiAuthenticated()
@ApiForbiddenUnlessAdmin(true)
@Controller('api/accounts/:id/tokens')
@UseInterceptors(IdentityErrorsInterceptor)
export class AccountTokensController {
  constructor(private readonly apiTokens: ApiTokenService) {}

  @Post()
  @ApiCreatedResponse({
    type: IssuedApiTokenDto,
    description: 'The token is in the response, and only there',
  })
  @ApiNotFoundResponse({ description: 'IDENTITY.ACCOUNT_NOT_FOUND: no such account in your organisation' })
  async issue(
    @CurrentPrincipal() caller: Principal,
    @Param('id', ParseUUIDPipe) accountId: string,
    @Body() body: IssueApiTokenDto,
  ): Promise<IssuedApiTokenDto> {
    assertAdminOrSelf(caller, accountId);
    return this.apiTokens.issue(caller.tenantId, accountId, body.name);
  }

  @Get()
  @ApiOkResponse({ type: ApiTokenDto, isArray: true })
  @ApiNotFoundResponse({ description: 'IDENTITY.ACCOUNT_NOT_FOUND: no such account in your organisation' })
  async list(
    @CurrentPrincipal() caller: Principal,
    @Param('id', ParseUUIDPipe) accountId: string,
  ): Promise<ApiTokenDto[]> {
    assertAdminOrSelf(caller, accountId);
    return this.apiTokens.list(caller.tenantId, accountId);
  }

  @Delete(':tokenId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Revoked (revoking again is harmless)' })
  @ApiNotFoundResponse({ description: 'IDENTITY.API_TOKEN_NOT_FOUND: the account has no such token' })
  async revoke(
    @CurrentPrincipal() caller: Principal,
    @Param('id', ParseUUIDPipe) accountId: string,
    @Param('tokenId', ParseUUIDPipe) tokenId: string,
  ): Promise<void> {
    assertAdminOrSelf(caller, accountId);
    await this.apiTokens.revoke(caller.tenantId, accountId, tokenId);
  }
}

function assertAdminOrSelf(caller: Principal, accountId: string): void {
  if (caller.accountId !== accountId && !caller.roles.includes('admin')) {
    throw forbidden("only an admin or the account itself can manage the account's API tokens");
  }
}
