import type { Server } from 'node:http';
import Provider, { type Configuration } from 'oidc-provider';
import { freePort } from '#libs/testing';

export const OIDC_CLIENT_ID = 'samverkan';
// ASCII: oidc-provider takes no other characters in a client secret.
export const OIDC_CLIENT_SECRET = 'en-hemlighet-for-testet-8Jq2vX0pLr5T';

/** The claims the provider holds for each login name that its dev login form is given. */
export type ProviderPeople = Record<string, Record<string, unknown>>;

export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (node-oidc-provider) on a random loopback port: one confidential client
 * with our callback and post-logout addresses, PKCE required, its dev interactions (a login form
 * that takes any login name as the account, then a consent form) and RP-initiated logout. The
 * account finder answers for `people` only, with their claims; `email` claims go in the email
 * scope, `preferred_username` in profile.
 */
export async function startTestProvider({
  redirectUri,
  postLogoutRedirectUri,
  people,
}: {
  redirectUri: string;
  postLogoutRedirectUri: string;
  people: ProviderPeople;
}): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const configuration: Configuration = {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [postLogoutRedirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['preferred_username', 'name'] },
    findAccount: (_context, id) => {
      const claims = people[id];
      if (!claims) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...claims }) };
    },
    cookies: { keys: ['a key only this test provider uses'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  };
  const provider = new Provider(issuer, configuration);
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(port, '127.0.0.1', () => resolve(listening));
  });
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
