import { Controller, Get, Inject, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  IDENTITY_SETTINGS,
  type IdentitySettings,
  OIDC_ATTEMPT_TTL_MS,
  OIDC_CALLBACK_PATH,
  OIDC_SETTINGS,
  oidcAddresses,
  type OidcSettings,
  OidcSignIn,
  OidcSignInError,
  Public,
  readCookie,
  SESSION_COOKIE,
  writeSessionCookie,
} from '#libs/identity';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import type { PageRequest } from '../pages/page-request.js';
import { localPath } from '../security/local-path.js';
import { PageRenderer } from '../views/page-renderer.js';
import { oidcFailurePage } from './oidc-failure-pages.js';

/** The browser's half of a sign-in under way at the provider: a random value whose sha256 is stored. */
const ATTEMPT_COOKIE = 'svk_oidc';
const ATTEMPT_COOKIE_PATH = '/logga-in/oidc';

/**
 * /logga-in/oidc/start and /logga-in/oidc/callback: signing in with the organisation's identity
 * provider (identity's OidcSignIn). Both are GETs: the start is a link on the sign-in page (a
 * form could not go on to the provider, whose address the pages' CSP form-action does not allow),
 * and the provider sends the browser back with a GET. The attempt cookie is SameSite=Lax so that
 * it comes along on that top-level return from the provider's site.
 */
@ApiExcludeController()
@Controller('logga-in/oidc')
@UseFilters(PageExceptionFilter)
export class OidcSignInController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly oidc: OidcSignIn,
    @Inject(OIDC_SETTINGS) private readonly oidcSettings: OidcSettings,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  @Public()
  @Get('start')
  async start(
    @Res() response: Response,
    @Query('organisation') organisation: unknown,
    @Query('next') next: unknown,
  ): Promise<void> {
    const tenantId = typeof organisation === 'string' ? organisation.trim() : '';
    try {
      const started = await this.oidc.start({
        tenantId,
        nextPath: localPath(next),
        redirectUri: oidcAddresses(this.oidcSettings.publicBaseUrl, tenantId).redirectUri,
      });
      response.append(
        'Set-Cookie',
        this.attemptCookie(started.attemptToken, `Max-Age=${Math.floor(OIDC_ATTEMPT_TTL_MS / 1000)}`),
      );
      response.setHeader('Cache-Control', 'no-store');
      response.redirect(303, started.authorizationUrl.href);
    } catch (error) {
      if (error instanceof OidcSignInError) return this.sendFailure(response, error, tenantId);
      throw error;
    }
  }

  @Public()
  @Get('callback')
  async callback(@Req() request: PageRequest, @Res() response: Response): Promise<void> {
    // The attempt is used once, whatever comes of it.
    response.append('Set-Cookie', this.attemptCookie('', 'Max-Age=0'));
    const callbackUrl = new URL(`${this.oidcSettings.publicBaseUrl}${OIDC_CALLBACK_PATH}`);
    callbackUrl.search = new URL(request.originalUrl, 'http://callback.invalid').search;
    try {
      const { session, nextPath } = await this.oidc.finish({
        attemptToken: readCookie(request.headers.cookie, ATTEMPT_COOKIE),
        callbackUrl,
        previousSessionToken: readCookie(request.headers.cookie, SESSION_COOKIE),
      });
      writeSessionCookie(response, session.token, session.expiresAt, this.settings);
      response.redirect(303, localPath(nextPath));
    } catch (error) {
      if (error instanceof OidcSignInError) return this.sendFailure(response, error, null);
      throw error;
    }
  }

  private sendFailure(response: Response, error: OidcSignInError, tenantId: string | null): void {
    const page = oidcFailurePage(error.reason, error.providerError);
    const signInPage = tenantId ? `/logga-in?organisation=${encodeURIComponent(tenantId)}` : '/logga-in';
    response
      .status(page.status)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        this.renderer.render('fel', {
          title: page.heading,
          signedIn: null,
          heading: page.heading,
          text: page.text,
          link: { href: signInPage, text: 'Till inloggningssidan' },
        }),
      );
  }

  private attemptCookie(value: string, expiry: string): string {
    const secure = this.settings.secureCookie ? '; Secure' : '';
    return `${ATTEMPT_COOKIE}=${value}; Path=${ATTEMPT_COOKIE_PATH}; ${expiry}; HttpOnly; SameSite=Lax${secure}`;
  }
}
