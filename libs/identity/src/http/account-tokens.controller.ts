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
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems, REQUEST_ERROR } from '#libs/http';
import { ApiTokenService } from '../api-tokens/api-token.service.js';
import type { Principal } from '../principal.js';
import { ApiAuthenticated, ApiForbiddenUnlessAdmin } from './api-docs.js';
import { forbidden } from './auth-errors.js';
import { CurrentPrincipal } from './auth-decorators.js';
import { ApiTokenDto, IssuedApiTokenDto, IssueApiTokenDto } from './dto/api-token.dto.js';
import { IDENTITY_ERROR } from '../shared/identity-errors.js';

/** An account's API tokens: managed by the organisation's admins or by the account itself. */
@ApiTags('accounts')
@ApiAuthenticated()
@ApiForbiddenUnlessAdmin()
@Controller('api/accounts/:id/tokens')
export class AccountTokensController {
  constructor(private readonly apiTokens: ApiTokenService) {}

  @Post()
  @ApiOperation({ summary: 'Issue an API token for the account (shown once)' })
  @ApiCreatedResponse({
    type: IssuedApiTokenDto,
    description: 'The token is in the response, and only there',
  })
  @ApiProblems({
    400: [REQUEST_ERROR.INVALID, REQUEST_ERROR.MALFORMED_JSON],
    404: [IDENTITY_ERROR.ACCOUNT_NOT_FOUND],
    413: [REQUEST_ERROR.TOO_LARGE],
  })
  async issue(
    @CurrentPrincipal() caller: Principal,
    @Param('id', ParseUUIDPipe) accountId: string,
    @Body() body: IssueApiTokenDto,
  ): Promise<IssuedApiTokenDto> {
    assertAdminOrSelf(caller, accountId);
    return this.apiTokens.issue(caller.tenantId, accountId, body.name);
  }

  @Get()
  @ApiOperation({ summary: "The account's API tokens (without the tokens themselves)" })
  @ApiOkResponse({ type: ApiTokenDto, isArray: true })
  @ApiProblems({ 400: [REQUEST_ERROR.INVALID], 404: [IDENTITY_ERROR.ACCOUNT_NOT_FOUND] })
  async list(
    @CurrentPrincipal() caller: Principal,
    @Param('id', ParseUUIDPipe) accountId: string,
  ): Promise<ApiTokenDto[]> {
    assertAdminOrSelf(caller, accountId);
    return this.apiTokens.list(caller.tenantId, accountId);
  }

  @Delete(':tokenId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Revoke an API token' })
  @ApiNoContentResponse({ description: 'Revoked (revoking again is harmless)' })
  @ApiProblems({ 400: [REQUEST_ERROR.INVALID], 404: [IDENTITY_ERROR.API_TOKEN_NOT_FOUND] })
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
