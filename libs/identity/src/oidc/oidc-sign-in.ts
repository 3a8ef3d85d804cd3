import { Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import type { DataSource } from 'typeorm';
import { findAccountByEmail } from '../accounts/account.store.js';
import type { SessionService, StartedSession } from '../sessions/session.service.js';
import type { Clock } from '../shared/clock.js';
import { randomSecret, sha256Hex } from '../shared/secret-token.js';
import type { IdentityProviderWithSecret } from './identity-provider.js';
import { findProvider } from './identity-provider.store.js';
import { insertAttempt, takeAttempt } from './oidc-attempt.store.js';
import type { ProviderConfigurations } from './provider-configurations.js';

/** How long a sign-in may stay at the provider (typing a password, a second factor) before it is void. */
export const OIDC_ATTEMPT_TTL_MS = 10 * 60 * 1000;

/**
 * Why a sign-in through the provider did not sign anyone in. Each has its own Swedish page; none
 * records anything (the password throttle counts guesses, and here the provider did the checking).
 */
export type OidcFailure =
  /** The organisation has no provider (any more). */
  | 'no-provider'
  /** The provider's discovery or token endpoint could not be reached. */
  | 'provider-unavailable'
  /** No sign-in under way in this browser: expired, already used, or begun in another browser. */
  | 'no-attempt'
  /** The callback's state is not the one this browser was sent with (a forged or mixed-up callback). */
  | 'state-mismatch'
  /** The provider answered with an error (the person cancelled, or it refused) or an invalid response. */
  | 'provider-error'
  /** The provider sent no usable value of the claim accounts are matched by. */
  | 'claim-missing'
  /** The provider says the e-mail address is not verified. */
  | 'email-unverified'
  /** No account in the organisation has that address: accounts are not created here. */
  | 'no-account'
  | 'account-disabled';

export class OidcSignInError extends Error {
  constructor(
    readonly reason: OidcFailure,
    /** The provider's own words, when it sent an error (`access_denied`), for the page to show. */
    readonly providerError?: string,
  ) {
    super(
      `sign-in through the identity provider failed: ${reason}${providerError ? ` (${providerError})` : ''}`,
    );
  }
}

export interface StartedOidcSignIn {
  /** Where to send the browser. */
  authorizationUrl: URL;
  /** For the browser's cookie; only its sha256 is stored. */
  attemptToken: string;
  expiresAt: Date;
}

export interface FinishedOidcSignIn {
  session: StartedSession;
  /** The local path the person was on their way to when the sign-in began. */
  nextPath: string;
}

/** Scopes asked for, of those the provider says it supports: the claim may be in email or profile. */
const WANTED_SCOPES = ['openid', 'email', 'profile'];

/**
 * Sign-in with the organisation's identity provider: the authorization code flow with PKCE
 * (S256), state and nonce, through openid-client. The person must already have an enabled
 * account in the organisation, matched by the provider's claim (`email` unless configured) against
 * the account's e-mail address; the session is the same as after a password sign-in, with the ID
 * token kept for signing out at the provider as well.
 */
export class OidcSignIn {
  private readonly logger = new Logger('Identity');

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
    private readonly configurations: ProviderConfigurations,
  ) {}

  /** The button's name, when the organisation has a provider. */
  async buttonOf(tenantId: string): Promise<{ displayName: string } | undefined> {
    if (!isUsableTenantId(tenantId)) return undefined;
    const provider = await findProvider(this.dataSource, tenantId);
    return provider && { displayName: provider.displayName };
  }

  async start({
    tenantId,
    nextPath,
    redirectUri,
  }: {
    tenantId: string;
    nextPath: string;
    redirectUri: string;
  }): Promise<StartedOidcSignIn> {
    const provider = isUsableTenantId(tenantId) ? await findProvider(this.dataSource, tenantId) : undefined;
    if (!provider) throw new OidcSignInError('no-provider');
    const config = await this.configurationOf(provider);
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const supported = config.serverMetadata().scopes_supported;
    const scope = WANTED_SCOPES.filter((name) => name === 'openid' || !supported || supported.includes(name));
    const authorizationUrl = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: scope.join(' '),
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    const now = this.clock.now();
    const attemptToken = randomSecret();
    const expiresAt = new Date(now.getTime() + OIDC_ATTEMPT_TTL_MS);
    await insertAttempt(
      this.dataSource,
      { id: sha256Hex(attemptToken), tenantId, state, nonce, codeVerifier, nextPath, expiresAt },
      now,
    );
    return { authorizationUrl, attemptToken, expiresAt };
  }

  /**
   * The provider's answer at our callback (`callbackUrl`: the redirect URI with the query the
   * browser brought). Throws OidcSignInError; a session otherwise, the browser's old one ended.
   */
  async finish({
    attemptToken,
    callbackUrl,
    previousSessionToken,
  }: {
    attemptToken: string | undefined;
    callbackUrl: URL;
    previousSessionToken?: string;
  }): Promise<FinishedOidcSignIn> {
    try {
      const result = await this.signInAt(attemptToken, callbackUrl);
      if (previousSessionToken) await this.sessions.logout(previousSessionToken);
      return result;
    } catch (error) {
      if (error instanceof OidcSignInError) {
        this.logger.log(`A sign-in through an identity provider was refused: ${error.message}`);
      }
      throw error;
    }
  }

  /**
   * Ends the session and, when it began at the provider and the provider offers it, gives the
   * provider's end-session URL (with id_token_hint and `postLogoutRedirectUri`) for the browser to
   * go on to. Undefined when there is nothing more to do than the local sign-out already done.
   */
  async signOut(
    sessionToken: string,
    postLogoutRedirectUri: (tenantId: string) => string,
  ): Promise<URL | undefined> {
    const ended = await this.sessions.end(sessionToken);
    if (!ended?.idToken) return undefined;
    try {
      const provider = await findProvider(this.dataSource, ended.tenantId);
      if (!provider) return undefined;
      const config = await this.configurations.of(provider);
      if (!config.serverMetadata().end_session_endpoint) return undefined;
      return oidc.buildEndSessionUrl(config, {
        id_token_hint: ended.idToken,
        post_logout_redirect_uri: postLogoutRedirectUri(ended.tenantId),
      });
    } catch (error) {
      // Our own session has ended; a provider that cannot be reached just keeps its own.
      this.logger.warn(`Signing out at the identity provider was skipped: ${(error as Error).message}`);
      return undefined;
    }
  }

  private async signInAt(attemptToken: string | undefined, callbackUrl: URL): Promise<FinishedOidcSignIn> {
    const attempt = attemptToken
      ? await takeAttempt(this.dataSource, sha256Hex(attemptToken), this.clock.now())
      : undefined;
    if (!attempt) throw new OidcSignInError('no-attempt');
    const query = callbackUrl.searchParams;
    if (query.get('state') !== attempt.state) throw new OidcSignInError('state-mismatch');
    const providerError = query.get('error');
    if (providerError !== null) throw new OidcSignInError('provider-error', providerError.slice(0, 100));
    const provider = await findProvider(this.dataSource, attempt.tenantId);
    if (!provider) throw new OidcSignInError('no-provider');
    const config = await this.configurationOf(provider);

    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw failureOf(error);
    }
    const idClaims = tokens.claims();
    if (!idClaims || tokens.id_token === undefined) throw new OidcSignInError('provider-error');
    const claims = await this.claimsWith(config, provider.matchClaim, idClaims, tokens.access_token);
    const value = claims[provider.matchClaim];
    if (typeof value !== 'string' || value.trim() === '' || value.length > 320) {
      throw new OidcSignInError('claim-missing');
    }
    if (provider.matchClaim === 'email' && claims['email_verified'] === false) {
      throw new OidcSignInError('email-unverified');
    }
    const account = await findAccountByEmail(this.dataSource, attempt.tenantId, value);
    if (!account) throw new OidcSignInError('no-account');
    if (account.disabled_at !== null) throw new OidcSignInError('account-disabled');
    const session = await this.sessions.startFor(account, { idToken: tokens.id_token });
    return { session, nextPath: attempt.nextPath };
  }

  /**
   * The ID token's claims, and the UserInfo endpoint's when the claim is not among them (many
   * providers, oidc-provider by default, put scope claims only there when an access token is issued).
   */
  private async claimsWith(
    config: oidc.Configuration,
    claim: string,
    idClaims: oidc.IDToken,
    accessToken: string,
  ): Promise<Record<string, unknown>> {
    if (idClaims[claim] !== undefined) return idClaims;
    try {
      const userInfo = await oidc.fetchUserInfo(config, accessToken, idClaims.sub);
      return { ...userInfo, ...idClaims };
    } catch (error) {
      throw failureOf(error);
    }
  }

  private async configurationOf(provider: IdentityProviderWithSecret): Promise<oidc.Configuration> {
    try {
      return await this.configurations.of(provider);
    } catch (error) {
      this.logger.warn(
        `The identity provider ${provider.issuer} could not be discovered: ${(error as Error).message}`,
      );
      throw new OidcSignInError('provider-unavailable');
    }
  }
}

/** A tenant id from a URL worth a query: PostgreSQL refuses NUL in text, and none is this long. */
const isUsableTenantId = (tenantId: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  tenantId !== '' && tenantId.length <= 100 && !/[\u0000-\u001f\u007f]/.test(tenantId);

/** A provider that did not answer is unavailable; one that answered wrongly (or refused) is a provider error. */
function failureOf(error: unknown): OidcSignInError {
  if (error instanceof OidcSignInError) return error;
  if (error instanceof oidc.AuthorizationResponseError)
    return new OidcSignInError('provider-error', error.error);
  const unreachable =
    error instanceof TypeError ||
    (error instanceof Error && ['TimeoutError', 'AbortError'].includes(error.name));
  return new OidcSignInError(unreachable ? 'provider-unavailable' : 'provider-error');
}
