import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Account } from '../accounts/account.js';
import { AccountService } from '../accounts/account.service.js';
import type { Principal } from '../principal.js';
import { ApiAuthenticated, ApiForbiddenUnlessAdmin } from './api-docs.js';
import { CurrentPrincipal, RequireOrganisationRole } from './auth-decorators.js';
import { AccountDto, CreateAccountDto, SetRolesDto } from './dto/account.dto.js';
import { IdentityErrorsInterceptor } from './identity-errors.interceptor.js';

const NOT_FOUND = 'IDENTITY.ACCOUNT_NOT_FOUND: no such account in your organisation';
const LAST_ADMIN = 'IDENTITY.LAST_ADMIN: the organisation must keep at least one active admin';

/** Account administration, for the organisation's admins; always within the caller's own tenant. */
@ApiTags('accounts')
@ApiAuthenticated()
@ApiForbiddenUnlessAdmin()
@Controller('api/accounts')
@RequireOrganisationRole('admin')
@UseInterceptors(IdentityErrorsInterceptor)
export class AccountsController {
  constructor(private readonly accounts: AccountService) {}

  @Post()
  @ApiCreatedResponse({ type: AccountDto })
  @ApiBadRequestResponse({ description: 'Invalid input, e.g. a password shorter than 12 characters' })
  @ApiConflictResponse({
    description: 'IDENTITY.EMAIL_TAKEN: the organisation has an account with this e-mail',
  })
  async create(@CurrentPrincipal() caller: Principal, @Body() body: CreateAccountDto): Promise<AccountDto> {
    // Fields picked one by one: the tenant is always the caller's, whatever else the body carries.
    const { email, displayName, password, roles } = body;
    return accountDto(
      await this.accounts.create({ tenantId: caller.tenantId, email, displayName, password, roles }),
    );
  }

  @Get()
  @ApiOkResponse({ type: AccountDto, isArray: true })
  async list(@CurrentPrincipal() caller: Principal): Promise<AccountDto[]> {
    return (await this.accounts.list(caller.tenantId)).map(accountDto);
  }

  @Get(':id')
  @ApiOkResponse({ type: AccountDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  async get(
    @CurrentPrincipal() caller: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AccountDto> {
    return accountDto(await this.accounts.get(caller.tenantId, id));
  }

  @Put(':id/roles')
  @ApiOkResponse({ type: AccountDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: LAST_ADMIN })
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
  @ApiOkResponse({ type: AccountDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: LAST_ADMIN })
  async disable(
    @CurrentPrincipal() caller: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AccountDto> {
    return accountDto(await this.accounts.disable(caller.tenantId, id));
  }
}

/** Picks the public fields: the DTO is the contract, whatever Account grows. */
function accountDto({ id, tenantId, email, displayName, roles, createdAt, disabledAt }: Account): AccountDto {
  return { id, tenantId, email, displayName, roles, createdAt, disabledAt };
}
