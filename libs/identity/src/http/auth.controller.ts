import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Post,
  Req,
  Res,
  UseInterceptors,
} from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Principal } from '../principal.js';
import { SessionService } from '../sessions/session.service.js';
import { IDENTITY_SETTINGS, type IdentitySettings } from '../shared/identity-settings.js';
import { ApiAuthenticated } from './api-docs.js';
import { CurrentPrincipal, Public } from './auth-decorators.js';
import { LoginDto, LoginResponseDto, PrincipalDto } from './dto/auth.dto.js';
import { IdentityErrorsInterceptor } from './identity-errors.interceptor.js';
import { readCookie, SESSION_COOKIE } from './request-credentials.js';
import { clearSessionCookie, writeSessionCookie } from './session-cookie.js';

@ApiTags('auth')
@Controller('api/auth')
@UseInterceptors(IdentityErrorsInterceptor)
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LoginResponseDto, description: `Signed in; sets the ${SESSION_COOKIE} cookie` })
  @ApiUnauthorizedResponse({ description: 'AUTH.INVALID_CREDENTIALS: wrong e-mail address or password' })
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponseDto> {
    const session = await this.sessions.login({
      tenantId: body.tenant,
      email: body.email,
      password: body.password,
    });
    // A browser signing in again replaces its session rather than leaving the old one alive.
    const previous = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (previous) await this.sessions.logout(previous);
    writeSessionCookie(response, session.token, session.expiresAt, this.settings);
    const { accountId, displayName, roles } = session.principal;
    return { accountId, displayName, roles: [...roles] };
  }

  /** Public so that a browser whose session has already ended can still clear its cookie. */
  @Public()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The session (if any) has ended and the cookie is cleared' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (token) await this.sessions.logout(token);
    clearSessionCookie(response, this.settings);
  }

  @Get('me')
  @ApiAuthenticated()
  @ApiOkResponse({ type: PrincipalDto })
  me(@CurrentPrincipal() principal: Principal): PrincipalDto {
    const { accountId, tenantId, displayName, roles, via } = principal;
    return { accountId, tenantId, displayName, roles: [...roles], via };
  }
}
