import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import { configureHttp } from '#libs/http';
import { AccountService, oidcAddresses } from '#libs/identity';
import { ApiModule } from '#libs/service';
import { createTestDatabase, freePort } from '#libs/testing';
import {
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  startTestProvider,
  type TestProvider,
} from './oidc-test-provider.js';
import { decode, formOf, type Hop, type RedirectBrowser } from './redirect-browser.js';

export const TENANT = 'exempelstad';
export const OTHER_TENANT = 'annanstad';
export const PASSWORD = 'ett långt lösenord med å ä ö';
export const PROVIDER_NAME = 'Exempelstads inloggning (ÅÄÖ)';

export const ACCOUNTS = {
  admin: { email: 'admin@exempelstad.se', name: 'Ada Åström', roles: ['admin'] as const },
  jenny: { email: 'jenny.graslund@exempelstad.se', name: 'Jenny Gräslund', roles: [] },
  disabled: { email: 'borta@exempelstad.se', name: 'Bo Rta', roles: [] },
} as const;

/** Login names at the provider and the claims it holds for them. */
export const PROVIDER_PEOPLE = {
  jenny: { email: 'Jenny.Graslund@exempelstad.se', email_verified: true, name: 'Jenny Gräslund' },
  okand: { email: 'okand@exempelstad.se', email_verified: true },
  borta: { email: 'borta@exempelstad.se', email_verified: true },
  'utan-epost': { name: 'Ingen Adress' },
  overifierad: { email: 'jenny.graslund@exempelstad.se', email_verified: false },
  // Another address at the provider, Jenny's in preferred_username: for a provider matched by that claim.
  'jenny-upn': {
    email: 'j.g@annan.example',
    email_verified: true,
    preferred_username: 'jenny.graslund@exempelstad.se',
  },
};

/**
 * The production ApiModule on its own database and port (PUBLIC_BASE_URL is its real address, so
 * the addresses registered at the provider are the ones it sends), OIDC_ALLOW_HTTP on for the
 * provider on loopback; the test provider (oidc-provider); an admin who sets the organisation's
 * provider through the API; Jenny with an account, and a disabled account.
 */
export async function startOidcWorld() {
  const database = await createTestDatabase();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = Object.assign(new AppConfig(), {
    workerInProcess: false,
    dbPoolSize: 4,
    logLevel: 'warn',
    oidcAllowHttp: true,
    publicBaseUrl: baseUrl,
  });
  const addresses = oidcAddresses(baseUrl, TENANT);
  const provider: TestProvider = await startTestProvider({ ...addresses, people: PROVIDER_PEOPLE });
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.forRoot({ config, databaseUrl: database.url })],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureHttp(app);
  await app.listen(port, '127.0.0.1');
  const server = app.getHttpServer();

  const accounts = app.get(AccountService);
  const ids = {} as Record<keyof typeof ACCOUNTS, string>;
  for (const [who, { email, name, roles }] of Object.entries(ACCOUNTS) as [
    keyof typeof ACCOUNTS,
    (typeof ACCOUNTS)[keyof typeof ACCOUNTS],
  ][]) {
    ids[who] = (
      await accounts.create({
        tenantId: TENANT,
        email,
        displayName: name,
        password: PASSWORD,
        roles: [...roles],
      })
    ).id;
  }
  await accounts.disable(TENANT, ids.disabled);
  // An admin of another organisation, which has no provider.
  await accounts.create({
    tenantId: OTHER_TENANT,
    email: ACCOUNTS.admin.email,
    displayName: 'Annas Admin',
    password: PASSWORD,
    roles: ['admin'],
  });
  const signInAs = async (who: keyof typeof ACCOUNTS, tenant = TENANT) => {
    const login = await request(server)
      .post('/api/auth/login')
      .send({ tenant, email: ACCOUNTS[who].email, password: PASSWORD })
      .expect(200);
    return String(login.headers['set-cookie']).split(';')[0];
  };
  const adminCookie = await signInAs('admin');
  const api = {
    get: (path: string, cookie = adminCookie) => request(server).get(path).set('Cookie', cookie),
    put: (path: string, body: object, cookie = adminCookie) =>
      request(server).put(path).set('Cookie', cookie).send(body),
    delete: (path: string, cookie = adminCookie) => request(server).delete(path).set('Cookie', cookie),
  };
  await request(server)
    .post('/api/organisation')
    .set('Cookie', adminCookie)
    .send({ name: 'Exempelstads kommun' })
    .expect(201);
  const providerSettings = {
    issuer: provider.issuer,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    displayName: PROVIDER_NAME,
  };
  await api.put('/api/organisation/identity-provider', providerSettings).expect(200);

  return {
    app,
    server,
    baseUrl,
    addresses,
    provider,
    providerSettings,
    ids,
    api,
    signInAs,
    dataSource: app.get(DataSource),
    close: async () => {
      await app.close();
      await provider.close();
      await database.drop();
    },
  };
}

export type OidcWorld = Awaited<ReturnType<typeof startOidcWorld>>;

/** The address of the "Logga in med …" button on the organisation's sign-in page, or null without one. */
export function buttonHref(page: Hop): string | null {
  const match = /<a class="ds-button"[^>]*href="([^"]+)" id="logga-in-oidc">/.exec(page.text);
  return match ? decode(match[1]) : null;
}

/**
 * From the sign-in page's button through the provider's login form (as `login`) and its consent
 * form, up to (not into) the provider's redirect back to our callback: that hop, for the test to
 * follow or tamper with.
 */
export async function throughProvider(
  world: OidcWorld,
  browser: RedirectBrowser,
  login: string,
  next?: string,
  { signedIn = false }: { signedIn?: boolean } = {},
) {
  const query = `?organisation=${TENANT}${next ? `&next=${encodeURIComponent(next)}` : ''}`;
  // A browser still signed in is sent on from the sign-in page: it follows the button's address itself.
  const href = signedIn
    ? `/logga-in/oidc/start${query}`
    : buttonHref(await browser.get(`${world.baseUrl}/logga-in${query}`));
  if (!href) throw new Error('the sign-in page has no button for the provider');
  const start = await browser.get(new URL(href, world.baseUrl));
  if (start.status !== 303 || !start.location?.href.startsWith(world.provider.issuer)) {
    throw new Error(`the start did not lead to the provider: ${start.status} ${start.text.slice(0, 300)}`);
  }
  const loginPage = (await browser.follow(start)).at(-1) as Hop;
  const loginForm = formOf(loginPage);
  const afterLogin = await browser.post(loginForm.action, {
    ...loginForm.fields,
    login,
    password: 'vad som helst',
  });
  const consentPage = (await browser.follow(afterLogin)).at(-1) as Hop;
  const consentForm = formOf(consentPage);
  return untilCallback(world, browser, await browser.post(consentForm.action, consentForm.fields));
}

/** Follows the provider's redirects until the one that sends the browser to our callback. */
export async function untilCallback(world: OidcWorld, browser: RedirectBrowser, hop: Hop): Promise<URL> {
  for (let current = hop, hops = 0; hops < 10; hops++) {
    if (!current.location)
      throw new Error(
        `the provider stopped at ${current.url.href}: ${current.status} ${current.text.slice(0, 300)}`,
      );
    if (current.location.href.startsWith(world.addresses.redirectUri)) return current.location;
    current = await browser.get(current.location);
  }
  throw new Error('the provider never sent the browser back');
}
