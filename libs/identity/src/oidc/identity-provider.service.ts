import type { DataSource } from 'typeorm';
import type { Clock } from '../shared/clock.js';
import {
  checkedProviderInput,
  type IdentityProvider,
  type IdentityProviderInput,
  type IdentityProviderWithSecret,
} from './identity-provider.js';
import { deleteProvider, findProvider, upsertProvider } from './identity-provider.store.js';

/** Without its secret: what the API and the administration page show. */
export function withoutSecret({
  clientSecret: _secret,
  ...provider
}: IdentityProviderWithSecret): IdentityProvider {
  return provider;
}

/**
 * The organisation's identity provider as admins set it (the API's PUT/GET/DELETE and the
 * Organisation page): one per organisation, its client secret write-only.
 */
export class IdentityProviderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: { oidcAllowHttp: boolean },
  ) {}

  async get(tenantId: string): Promise<IdentityProvider | undefined> {
    const provider = await findProvider(this.dataSource, tenantId);
    return provider && withoutSecret(provider);
  }

  /** Sets or changes the provider. Throws InvalidIdentityProviderError (with its field) and changes nothing. */
  async set(tenantId: string, input: IdentityProviderInput): Promise<IdentityProvider> {
    return this.dataSource.transaction(async (db) => {
      const stored = await findProvider(db, tenantId);
      const checked = checkedProviderInput(input, {
        allowHttp: this.settings.oidcAllowHttp,
        hasStoredSecret: stored !== undefined,
      });
      const saved = await upsertProvider(db, {
        tenantId,
        ...checked,
        // checkedProviderInput refuses a new provider without a secret, so one of the two is there.
        clientSecret: checked.clientSecret ?? (stored as IdentityProviderWithSecret).clientSecret,
        updatedAt: this.clock.now(),
      });
      return withoutSecret(saved);
    });
  }

  /**
   * Removes the provider: its button goes, and password sign-in is all that is left. Idempotent
   * (removing none is no error). Sessions begun at the provider go on until they end; signing out
   * of them is then local only.
   */
  async remove(tenantId: string): Promise<void> {
    await deleteProvider(this.dataSource, tenantId);
  }
}
