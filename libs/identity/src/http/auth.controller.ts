import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiProblems, REQUEST_ERROR } from '#libs/http';
import type { Principal } from '../principal.js';
import { SessionService } from '../sessions/session.service.js';
import { SignIn } from '../sign-in/sign-in.js';
import { IDENTITY_SETTINGS, type IdentitySettings } from '../shared/identity-settings.js';
import { ApiAuthenticated } from './api-docs.js';
import { CurrentPrincipal, Public } from './auth-decorators.js';
import { LoginDto, LoginResponseDto, PrincipalDto } from './dto/auth.dto.js';
import { readCookie, SESSION_COOKIE } from './request-credentials.js';
import { clearSessionCookie, writeSessionCookie } from './session-cookie.js';
import { AUTH_ERROR } from '../shared/identity-errors.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    private readonly signIn: SignIn,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'login', summary: `Sign in: sets the ${SESSION_COOKIE} session cookie` })
  @ApiOkResponse({ type: LoginResponseDto, description: `Signed in; sets the ${SESSION_COOKIE} cookie` })
  @ApiProblems({
    400: [REQUEST_ERROR.INVALID, REQUEST_ERROR.MALFORMED_JSON],
    401: [AUTH_ERROR.INVALID_CREDENTIALS],
    413: [REQUEST_ERROR.TOO_LARGE],
    429: [AUTH_ERROR.TOO_MANY_ATTEMPTS],
  })
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponseDto> {
    const session = await this.signIn.run({
      tenantId: body.tenant,
      email: body.email,
      password: body.password,
      clientAddress: request.ip,
      previousSessionToken: readCookie(request.headers.cookie, SESSION_COOKIE),
    });
    writeSessionCookie(response, session.token, session.expiresAt, this.settings);
    const { accountId, displayName, roles } = session.principal;
    return { accountId, displayName, roles: [...roles] };
  }

  /** Public so that a browser whose session has already ended can still clear its cookie. */
  @Public()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'logout', summary: 'Sign out: ends the session and clears the cookie' })
  @ApiNoContentResponse({ description: 'The session (if any) has ended and the cookie is cleared' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (token) await this.sessions.logout(token);
    clearSessionCookie(response, this.settings);
  }

  @Get('me')
  @ApiAuthenticated()
  @ApiOperation({ operationId: 'getSignedInPrincipal', summary: 'Who is signed in, and how' })
  @ApiOkResponse({ type: PrincipalDto })
  me(@CurrentPrincipal() principal: Principal): PrincipalDto {
    const { accountId, tenantId, displayName, roles, via } = principal;
    return { accountId, tenantId, displayName, roles: [...roles], via };
  }
}
