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
  OIDC_START_PATH,
  OIDC_SETTINGS,
  oidcAddresses,
  type OidcSettings,
  OidcSignIn,
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
    private readonly oidc: OidcSignIn,
    @Inject(OIDC_SETTINGS) private readonly oidcSettings: OidcSettings,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
    @Inject(IDENTITY_CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * `?organisation=<tenant>` (the address an organisation gives its people, and where its
   * provider sends them after signing out) fills in the organisation and, when it has an identity
   * provider, offers "Logga in med <namn>".
   */
  @Public()
  @Get('logga-in')
  async show(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Query('next') next: unknown,
    @Query('organisation') organisation: unknown,
  ): Promise<void> {
    if (request.principal) return response.redirect(303, localPath(next));
    const tenant = typeof organisation === 'string' ? organisation.trim().slice(0, 100) : '';
    await this.sendForm(request, response, 200, { tenant, email: '', password: '', next: localPath(next) });
  }

  @Public()
  @Post('logga-in')
  async submit(@Req() request: PageRequest, @Res() response: Response, @Body() body: unknown): Promise<void> {
    const form = readSignInForm(body);
    const formSecret = readCookie(request.headers.cookie, FORM_COOKIE);
    // Checked first: a forged sign-in (login CSRF) neither signs in nor counts as a failed attempt.
    if (!isValidCsrfToken(formSecret, (body as Record<string, unknown> | undefined)?.[CSRF_FIELD])) {
      return await this.sendForm(request, response, 403, form, EXPIRED_FORM);
    }
    const fieldErrors = signInFieldErrors(form);
    if (Object.keys(fieldErrors).length > 0) {
      return await this.sendForm(request, response, 400, form, MISSING_FIELDS, fieldErrors);
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
        return await this.sendForm(request, response, 401, form, WRONG_CREDENTIALS);
      }
      if (error instanceof TooManyLoginAttemptsError) {
        const seconds = Number(error.details['retryAfterSeconds']);
        response.setHeader('Retry-After', String(seconds));
        return await this.sendForm(request, response, 429, form, throttledProblem(seconds, this.clock.now()));
      }
      throw error;
    }
  }

  /**
   * Ends the session. With a live session the form's token is required (no forced sign-outs). A
   * session begun at the organisation's identity provider goes on to the provider's end-session
   * endpoint (RP-initiated logout), which sends the browser back to the sign-in page: by a page
   * that refreshes to it at once, since the pages' CSP form-action lets this form's answer
   * redirect to this service only.
   */
  @Public()
  @Post('logga-ut')
  async signOut(@Req() request: PageRequest, @Res() response: Response): Promise<void> {
    let atProvider: URL | undefined;
    if (request.principal?.via === 'session') {
      if (!hasValidCsrfToken(request)) throw missingCsrfToken();
      const token = readCookie(request.headers.cookie, SESSION_COOKIE);
      if (token) {
        atProvider = await this.oidc.signOut(
          token,
          (tenantId) => oidcAddresses(this.oidcSettings.publicBaseUrl, tenantId).postLogoutRedirectUri,
        );
      }
    }
    clearSessionCookie(response, this.settings);
    if (!atProvider) return response.redirect(303, '/logga-in');
    response
      .status(200)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        this.renderer.render('fel', {
          title: 'Du är utloggad',
          signedIn: null,
          refreshTo: atProvider.href,
          heading: 'Du är utloggad',
          text: 'Du är utloggad från tjänsten och skickas vidare för att logga ut även hos organisationens identitetsleverantör.',
          link: { href: atProvider.href, text: 'Logga ut hos identitetsleverantören' },
        }),
      );
  }

  /** The form, with the posted values kept (never the password) and its own CSRF token. */
  private async sendForm(
    request: PageRequest,
    response: Response,
    status: number,
    form: SignInForm,
    problem: SignInProblem | null = null,
    errors: Partial<Record<SignInField, string>> = {},
  ): Promise<void> {
    const button = await this.oidc.buttonOf(form.tenant);
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
          provider: button
            ? {
                displayName: button.displayName,
                href: `${OIDC_START_PATH}?${new URLSearchParams({ organisation: form.tenant, next: localPath(form.next) }).toString()}`,
              }
            : null,
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
