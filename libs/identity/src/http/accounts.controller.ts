import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, REQUEST_ERROR } from '#libs/http';
import type { Account } from '../accounts/account.js';
import { AccountService } from '../accounts/account.service.js';
import type { Principal } from '../principal.js';
import { ApiAuthenticated, ApiForbiddenUnlessAdmin } from './api-docs.js';
import { CurrentPrincipal, RequireOrganisationRole } from './auth-decorators.js';
import { AccountDto, CreateAccountDto, SetRolesDto } from './dto/account.dto.js';
import { IDENTITY_ERROR } from '../shared/identity-errors.js';

/** An :id that is no UUID is REQUEST.INVALID; one of no account in the caller's organisation, 404. */
const NO_SUCH_ACCOUNT = { 400: [REQUEST_ERROR.INVALID], 404: [IDENTITY_ERROR.ACCOUNT_NOT_FOUND] } as const;
/** The organisation must keep at least one active admin. */
const LAST_ADMIN = [IDENTITY_ERROR.LAST_ADMIN];

/** Account administration, for the organisation's admins; always within the caller's own tenant. */
@ApiTags('accounts')
@ApiAuthenticated()
@ApiForbiddenUnlessAdmin()
@Controller('api/accounts')
@RequireOrganisationRole('admin')
export class AccountsController {
  constructor(private readonly accounts: AccountService) {}

  @Post()
  @ApiOperation({ summary: 'Create an account in your organisation' })
  @ApiCreatedResponse({ type: AccountDto })
  @ApiProblems({
    400: [
      REQUEST_ERROR.INVALID,
      REQUEST_ERROR.MALFORMED_JSON,
      IDENTITY_ERROR.PASSWORD_POLICY,
      IDENTITY_ERROR.INVALID_INPUT,
    ],
    409: [IDENTITY_ERROR.EMAIL_TAKEN],
    413: [REQUEST_ERROR.TOO_LARGE],
  })
  async create(@CurrentPrincipal() caller: Principal, @Body() body: CreateAccountDto): Promise<AccountDto> {
    // Fields picked one by one: the tenant is always the caller's, whatever else the body carries.
    const { email, displayName, password, roles } = body;
    return accountDto(
      await this.accounts.create({ tenantId: caller.tenantId, email, displayName, password, roles }),
    );
  }

  @Get()
  @ApiOperation({ summary: "The organisation's accounts" })
  @ApiOkResponse({ type: AccountDto, isArray: true })
  async list(@CurrentPrincipal() caller: Principal): Promise<AccountDto[]> {
    return (await this.accounts.list(caller.tenantId)).map(accountDto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An account' })
  @ApiOkResponse({ type: AccountDto })
  @ApiProblems(NO_SUCH_ACCOUNT)
  async get(
    @CurrentPrincipal() caller: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AccountDto> {
    return accountDto(await this.accounts.get(caller.tenantId, id));
  }

  @Put(':id/roles')
  @ApiOperation({ operationId: 'setAccountRoles', summary: "Replace an account's organisation roles" })
  @ApiOkResponse({ type: AccountDto })
  @ApiProblems({ ...NO_SUCH_ACCOUNT, 409: LAST_ADMIN })
  async setRoles(
    @CurrentPrincipal() caller: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SetRolesDto,
  ): Promise<AccountDto> {
    return accountDto(await this.accounts.setRoles(caller.tenantId, id, body.roles));
  }

  /** Ends the account's sessions and stops its API tokens. Idempotent. */
  @Post(':id/disable')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Disable an account: ends its sessions and stops its API tokens' })
  @ApiOkResponse({ type: AccountDto })
  @ApiProblems({ ...NO_SUCH_ACCOUNT, 409: LAST_ADMIN })
  async disable(
    @CurrentPrincipal() caller: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AccountDto> {
    return accountDto(await this.accounts.disable(caller.tenantId, id));
  }
}

/** Picks the public fields: the DTO is the contract, whatever Account grows. */
export function accountDto(account: Account): AccountDto {
  const { id, tenantId, email, displayName, roles, units, createdAt, disabledAt } = account;
  return { id, tenantId, email, displayName, roles, units, createdAt, disabledAt };
}
