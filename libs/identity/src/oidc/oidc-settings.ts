import { AppConfig, publicBaseUrlOf } from '#libs/config';

/** What sign-in with an identity provider takes from the service's configuration. */
export interface OidcSettings {
  /** OIDC_ALLOW_HTTP: a plain http:// issuer is let through (development and tests only). */
  oidcAllowHttp: boolean;
  /** PUBLIC_BASE_URL (or http://HOST:PORT), without a trailing slash. */
  publicBaseUrl: string;
}

/** DI token for the OidcSettings in force. */
export const OIDC_SETTINGS = Symbol('OIDC_SETTINGS');

/**
 * From the AppConfig when the app has one (the service always does); the defaults otherwise, so
 * that the identity module still stands alone (its own HTTP tests have no AppConfig).
 */
export function oidcSettingsOf(config: AppConfig | undefined): OidcSettings {
  const effective = config ?? new AppConfig();
  return { oidcAllowHttp: effective.oidcAllowHttp, publicBaseUrl: publicBaseUrlOf(effective) };
}
