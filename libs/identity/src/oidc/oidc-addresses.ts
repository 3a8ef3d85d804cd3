/** The sign-in page's paths the provider sends people back to (libs/web's sign-in controller serves them). */
export const OIDC_START_PATH = '/logga-in/oidc/start';
export const OIDC_CALLBACK_PATH = '/logga-in/oidc/callback';

/**
 * The two addresses an admin registers for the service's client at the provider: where it sends
 * the browser back after signing in, and after signing out (the organisation's sign-in page, which
 * shows its button again). `publicBaseUrl` without a trailing slash (publicBaseUrlOf).
 */
export function oidcAddresses(publicBaseUrl: string, tenantId: string) {
  return {
    redirectUri: `${publicBaseUrl}${OIDC_CALLBACK_PATH}`,
    postLogoutRedirectUri: `${publicBaseUrl}/logga-in?organisation=${encodeURIComponent(tenantId)}`,
  };
}
