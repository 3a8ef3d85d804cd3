import { Body, Controller, Get, Inject, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  clearSessionCookie,
  type Clock,
  IDENTITY_CLOCK,
  IDENTITY_SETTINGS,
  type IdentitySettings,
  InvalidCredentialsError,
  Public,
  readCookie,
  SESSION_COOKIE,
  SessionService,
  SignIn,
  TooManyLoginAttemptsError,
  writeSessionCookie,
} from '#libs/identity';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { missingCsrfToken } from '../pages/page-errors.js';
import { hasValidCsrfToken, type PageRequest } from '../pages/page-request.js';
import {
  clearedFormCookieHeader,
  csrfTokenFor,
  FORM_COOKIE,
  formCookieHeader,
  isValidCsrfToken,
  CSRF_FIELD,
  newFormSecret,
} from '../security/csrf.js';
import { HOME, localPath } from '../security/local-path.js';
import { PageRenderer } from '../views/page-renderer.js';
import {
  EXPIRED_FORM,
  MISSING_FIELDS,
  readSignInForm,
  type SignInField,
  type SignInForm,
  signInFieldErrors,
  type SignInProblem,
  throttledProblem,
  WRONG_CREDENTIALS,
} from './sign-in-form.js';

/**
 * /logga-in and /logga-ut: signing in through the same use case as POST /api/auth/login (identity's
 * SignIn: the throttle, one answer for every wrong combination, the session rotated), with the
 * answer next to the form in Swedish; back to `next` (a local path only) once signed in.
 */
@ApiExcludeController()
@Controller()
@UseFilters(PageExceptionFilter)
export class SignInController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly signIn: SignIn,
    private readonly sessions: SessionService,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
    @Inject(IDENTITY_CLOCK) private readonly clock: Clock,
  ) {}

  @Public()
  @Get('logga-in')
  show(@Req() request: PageRequest, @Res() response: Response, @Query('next') next: unknown): void {
    if (request.principal) return response.redirect(303, localPath(next));
    this.sendForm(request, response, 200, { tenant: '', email: '', password: '', next: localPath(next) });
  }

  @Public()
  @Post('logga-in')
  async submit(@Req() request: PageRequest, @Res() response: Response, @Body() body: unknown): Promise<void> {
    const form = readSignInForm(body);
    const formSecret = readCookie(request.headers.cookie, FORM_COOKIE);
    // Checked first: a forged sign-in (login CSRF) neither signs in nor counts as a failed attempt.
    if (!isValidCsrfToken(formSecret, (body as Record<string, unknown> | undefined)?.[CSRF_FIELD])) {
      return this.sendForm(request, response, 403, form, EXPIRED_FORM);
    }
    const fieldErrors = signInFieldErrors(form);
    if (Object.keys(fieldErrors).length > 0) {
      return this.sendForm(request, response, 400, form, MISSING_FIELDS, fieldErrors);
    }
    try {
      const session = await this.signIn.run({
        tenantId: form.tenant,
        email: form.email,
        password: form.password,
        clientAddress: request.ip,
        previousSessionToken: readCookie(request.headers.cookie, SESSION_COOKIE),
      });
      writeSessionCookie(response, session.token, session.expiresAt, this.settings);
      response.append('Set-Cookie', clearedFormCookieHeader(this.settings.secureCookie));
      response.redirect(303, localPath(form.next));
    } catch (error) {
      if (error instanceof InvalidCredentialsError) {
        return this.sendForm(request, response, 401, form, WRONG_CREDENTIALS);
      }
      if (error instanceof TooManyLoginAttemptsError) {
        const seconds = Number(error.details['retryAfterSeconds']);
        response.setHeader('Retry-After', String(seconds));
        return this.sendForm(request, response, 429, form, throttledProblem(seconds, this.clock.now()));
      }
      throw error;
    }
  }

  /** Ends the session. With a live session the form's token is required (no forced sign-outs). */
  @Public()
  @Post('logga-ut')
  async signOut(@Req() request: PageRequest, @Res() response: Response): Promise<void> {
    if (request.principal?.via === 'session') {
      if (!hasValidCsrfToken(request)) throw missingCsrfToken();
      const token = readCookie(request.headers.cookie, SESSION_COOKIE);
      if (token) await this.sessions.logout(token);
    }
    clearSessionCookie(response, this.settings);
    response.redirect(303, '/logga-in');
  }

  /** The form, with the posted values kept (never the password) and its own CSRF token. */
  private sendForm(
    request: PageRequest,
    response: Response,
    status: number,
    form: SignInForm,
    problem: SignInProblem | null = null,
    errors: Partial<Record<SignInField, string>> = {},
  ): void {
    let secret = readCookie(request.headers.cookie, FORM_COOKIE);
    if (!secret) {
      secret = newFormSecret();
      response.append('Set-Cookie', formCookieHeader(secret, this.settings.secureCookie));
    }
    const field = (name: SignInField, value: string) => ({ value, error: errors[name] ?? null });
    response
      .status(status)
      .type('html')
      // The page holds a CSRF token: no cache keeps it.
      .setHeader('Cache-Control', 'no-store')
      .send(
        this.renderer.render('logga-in', {
          title: 'Logga in',
          signedIn: null,
          problem,
          csrfToken: csrfTokenFor(secret),
          next: form.next === HOME ? '' : localPath(form.next),
          fields: {
            tenant: field('tenant', form.tenant),
            email: field('email', form.email),
            password: field('password', ''),
          },
        }),
      );
  }
}
