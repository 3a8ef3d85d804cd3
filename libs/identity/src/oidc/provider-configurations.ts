import * as oidc from 'openid-client';
import type { IdentityProviderWithSecret } from './identity-provider.js';

/** How long a discovered provider (its endpoints) is kept before it is read again. */
const DISCOVERY_TTL_MS = 60 * 60 * 1000;
/** Seconds for each request to the provider: a provider that hangs must not hang the sign-in page. */
const REQUEST_TIMEOUT_S = 10;

/**
 * openid-client Configurations per organisation, discovered from the issuer's
 * /.well-known/openid-configuration and kept for an hour, or until the provider's settings
 * change (their updated_at is part of the key). A failed discovery is not kept.
 */
export class ProviderConfigurations {
  private readonly cache = new Map<
    string,
    { key: string; until: number; config: Promise<oidc.Configuration> }
  >();

  constructor(private readonly allowHttp: boolean) {}

  of(provider: IdentityProviderWithSecret, now = Date.now()): Promise<oidc.Configuration> {
    const key = `${provider.issuer}\n${provider.clientId}\n${provider.updatedAt.toISOString()}`;
    const cached = this.cache.get(provider.tenantId);
    if (cached && cached.key === key && cached.until > now) return cached.config;
    const config = oidc.discovery(
      new URL(provider.issuer),
      provider.clientId,
      provider.clientSecret,
      undefined,
      {
        timeout: REQUEST_TIMEOUT_S,
        execute: this.allowHttp && provider.issuer.startsWith('http:') ? [oidc.allowInsecureRequests] : [],
      },
    );
    this.cache.set(provider.tenantId, { key, until: now + DISCOVERY_TTL_MS, config });
    config.catch(() => {
      if (this.cache.get(provider.tenantId)?.config === config) this.cache.delete(provider.tenantId);
    });
    return config;
  }
}
