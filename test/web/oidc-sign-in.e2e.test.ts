/**
 * Signing in with the organisation's identity provider, over HTTP against a real OpenID provider
 * (oidc-provider on loopback, PKCE required): the button, the authorization code flow through the
 * provider's login and consent forms to the same session as a password sign-in, each refusal as
 * a Swedish page with nobody signed in and nothing recorded, and signing out at the provider.
 */
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } from './support/oidc-test-provider.js';
import { decode, formOf, type Hop, redirectBrowser } from './support/redirect-browser.js';
import {
  buttonHref,
  OTHER_TENANT,
  PROVIDER_NAME,
  startOidcWorld,
  TENANT,
  throughProvider,
  untilCallback,
  type OidcWorld,
} from './support/oidc-world.js';

describe("signing in with the organisation's identity provider", () => {
  let world: OidcWorld;

  beforeAll(async () => {
    world = await startOidcWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const sessionCount = async () =>
    Number((await world.dataSource.query('SELECT count(*)::int AS n FROM identity_sessions'))[0].n);
  const failureCount = async () =>
    Number((await world.dataSource.query('SELECT count(*)::int AS n FROM identity_login_failures'))[0].n);

  /** The callback's answer and, for a refusal, that nobody was signed in and nothing was recorded. */
  async function refusedAt(callback: URL, browser = redirectBrowser()) {
    const before = { sessions: await sessionCount(), failures: await failureCount() };
    const answer = await browser.get(callback);
    expect(await sessionCount()).toBe(before.sessions);
    expect(await failureCount()).toBe(before.failures);
    return answer;
  }

  it('shows "Logga in med <namn>" on the organisation\'s sign-in page, and no button for one without a provider', async () => {
    const browser = redirectBrowser();
    const page = await browser.get(`${world.baseUrl}/logga-in?organisation=${TENANT}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`Logga in med ${PROVIDER_NAME}</a>`);
    expect(buttonHref(page)).toBe(`/logga-in/oidc/start?organisation=${TENANT}&next=%2F`);
    // The organisation field is filled in for the password form below the button.
    expect(page.text).toMatch(new RegExp(`id="tenant"[^>]*value="${TENANT}"`));

    for (const path of [
      '/logga-in',
      '/logga-in?organisation=ingen-sadan',
      '/logga-in?organisation=' + 'x'.repeat(300),
    ]) {
      const other = await browser.get(`${world.baseUrl}${path}`);
      expect(other.status).toBe(200);
      expect(buttonHref(other)).toBeNull();
    }
    // A NUL in the query is the edge's to refuse (400), never a 500 from the database.
    for (const path of ['/logga-in?organisation=%00', '/logga-in/oidc/start?organisation=exempelstad%00']) {
      expect({ path, status: (await browser.get(`${world.baseUrl}${path}`)).status }).toEqual({
        path,
        status: 400,
      });
    }
  });

  it('signs Jenny in as her own account through the provider, to Min sida, with the same session as a password sign-in', async () => {
    const browser = redirectBrowser();
    const callback = await throughProvider(world, browser, 'jenny', '/grupper');
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect(callback.searchParams.get('state')).toBeTruthy();

    const answer = await browser.get(callback);
    expect(answer.status).toBe(303);
    // Back to where she was going when she pressed the button.
    expect(answer.location?.pathname).toBe('/grupper');
    const home = await browser.get(`${world.baseUrl}/`);
    expect(home.status).toBe(200);
    expect(home.text).toContain('<h1 class="ds-heading" data-size="lg">Min sida</h1>');
    expect(home.text).toContain('Inloggad som <strong>Jenny Gräslund</strong>');

    // The API sees the same principal as after a password sign-in: a session of her account.
    const session = browser.jars.get(world.baseUrl)?.get('svk_session') as string;
    const me = await world.api.get('/api/auth/me', `svk_session=${session}`).expect(200);
    expect(me.body).toEqual({
      accountId: world.ids.jenny,
      tenantId: TENANT,
      displayName: 'Jenny Gräslund',
      roles: [],
      via: 'session',
    });
    // The attempt cookie is gone once used.
    expect(browser.jars.get(world.baseUrl)?.has('svk_oidc')).toBe(false);

    // The same callback again (a replay) signs nobody in: the attempt was used.
    const replay = await refusedAt(callback);
    expect(replay.status).toBe(400);
    expect(replay.text).toContain('Inloggningen hade gått ut');
  });

  it('ends the session the browser had when it signs in again through the provider (rotation)', async () => {
    const old = await world.signInAs('jenny');
    const browser = redirectBrowser();
    browser.jars.set(world.baseUrl, new Map([['svk_session', old.slice(old.indexOf('=') + 1)]]));
    const answer = await browser.get(
      await throughProvider(world, browser, 'jenny', undefined, { signedIn: true }),
    );
    expect(answer.status).toBe(303);
    const now = browser.jars.get(world.baseUrl)?.get('svk_session');
    expect(`svk_session=${now}`).not.toBe(old);
    expect((await world.api.get('/api/auth/me', old)).status).toBe(401);
    await world.api.get('/api/auth/me', `svk_session=${now}`).expect(200);
  });

  it('never sends anyone to another site afterwards (next is a local path or /)', async () => {
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const browser = redirectBrowser();
      const answer = await browser.get(await throughProvider(world, browser, 'jenny', next));
      expect({ next, location: answer.location?.href }).toEqual({ next, location: `${world.baseUrl}/` });
    }
  });

  it('shows a hostile button name as text', async () => {
    const hostile = '<script>alert(1)</script> Inloggning';
    await world.api
      .put('/api/organisation/identity-provider', { ...world.providerSettings, displayName: hostile })
      .expect(200);
    try {
      const page = await redirectBrowser().get(`${world.baseUrl}/logga-in?organisation=${TENANT}`);
      expect(page.text).toContain('Logga in med &lt;script&gt;alert(1)&lt;/script&gt; Inloggning');
      expect(page.text).not.toContain('<script>alert(1)');
    } finally {
      await world.api.put('/api/organisation/identity-provider', world.providerSettings).expect(200);
    }
  });

  it('sends the authorization request with PKCE (S256), state and nonce', async () => {
    const browser = redirectBrowser();
    const page = await browser.get(`${world.baseUrl}/logga-in?organisation=${TENANT}`);
    const start = await browser.get(new URL(buttonHref(page) as string, world.baseUrl));
    const authorization = start.location as URL;
    expect(authorization.origin).toBe(world.provider.issuer);
    const query = authorization.searchParams;
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(query.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(query.get('state')).toBeTruthy();
    expect(query.get('nonce')).toBeTruthy();
    expect(query.get('response_type')).toBe('code');
    expect(query.get('redirect_uri')).toBe(world.addresses.redirectUri);
    expect(query.get('scope')?.split(' ')).toEqual(expect.arrayContaining(['openid', 'email']));
    // Two starts get different values.
    const again = await browser.get(new URL(buttonHref(page) as string, world.baseUrl));
    expect(again.location?.searchParams.get('state')).not.toBe(query.get('state'));
  });

  it.each([
    ['okand', 403, 'Du har inget konto här', 'Konton skapas inte automatiskt'],
    ['borta', 403, 'Kontot är avstängt', 'avstängt'],
    ['utan-epost', 403, 'Uppgift saknas från identitetsleverantören', 'kännas igen på'],
    ['overifierad', 403, 'E-postadressen är inte bekräftad', 'inte bekräftat'],
  ])(
    "refuses the provider's %s with %i and a Swedish page: nobody signed in, nothing recorded",
    async (login, status, heading, text) => {
      const browser = redirectBrowser();
      const callback = await throughProvider(world, browser, login);
      const answer = await refusedAt(callback, browser);
      expect(answer.status).toBe(status);
      expect(answer.text).toContain('<html lang="sv"');
      expect(answer.text).toContain(heading);
      expect(answer.text).toContain(text);
      expect(answer.text).toContain('href="/logga-in"');
      expect(browser.jars.get(world.baseUrl)?.has('svk_session')).toBe(false);
      expect((await browser.get(`${world.baseUrl}/`)).location?.pathname).toBe('/logga-in');
    },
  );

  it('refuses a callback whose state is not the one this browser was sent with', async () => {
    const browser = redirectBrowser();
    const callback = await throughProvider(world, browser, 'jenny');
    callback.searchParams.set('state', 'en-annan-state');
    const answer = await refusedAt(callback, browser);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('Inloggningen kunde inte kontrolleras');
    // Nor does the right state work afterwards: the attempt was used up by the forged one.
    expect(browser.jars.get(world.baseUrl)?.has('svk_session')).toBe(false);
  });

  it('refuses a callback from another browser (no attempt cookie), and one with a code but no state', async () => {
    const browser = redirectBrowser();
    const callback = await throughProvider(world, browser, 'jenny');
    const stranger = await refusedAt(callback, redirectBrowser());
    expect(stranger.status).toBe(400);
    expect(stranger.text).toContain('Inloggningen hade gått ut');

    const noState = new URL(callback);
    noState.searchParams.delete('state');
    const answer = await refusedAt(noState, browser);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('Inloggningen kunde inte kontrolleras');
  });

  it('says so when the person cancels at the provider (its error comes back)', async () => {
    const browser = redirectBrowser();
    const page = await browser.get(`${world.baseUrl}/logga-in?organisation=${TENANT}`);
    const start = await browser.get(new URL(buttonHref(page) as string, world.baseUrl));
    const loginPage = (await browser.follow(start)).at(-1) as Hop;
    const abort = /href="([^"]*\/abort)"/.exec(loginPage.text)?.[1];
    expect(abort).toBeTruthy();
    const callback = await untilCallback(
      world,
      browser,
      await browser.get(new URL(decode(abort as string), loginPage.url)),
    );
    expect(callback.searchParams.get('error')).toBe('access_denied');
    const answer = await refusedAt(callback, browser);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('Identitetsleverantören avbröt inloggningen');
    expect(answer.text).toContain('felkod access_denied');
  });

  it('answers a start for an organisation without a provider, or whose provider cannot be reached, with a page and no redirect', async () => {
    const browser = redirectBrowser();
    const none = await browser.get(`${world.baseUrl}/logga-in/oidc/start?organisation=ingen-sadan`);
    expect(none.status).toBe(404);
    expect(none.text).toContain('Inloggningen finns inte');
    expect(none.location).toBeNull();
    for (const query of ['', '?organisation=', '?organisation=a&organisation=b']) {
      const refused = await browser.get(`${world.baseUrl}/logga-in/oidc/start${query}`);
      expect({ query, status: refused.status }).toEqual({ query, status: 404 });
    }

    // A provider on a port nobody listens on (9, discard, is closed on loopback).
    const unreachable = { ...world.providerSettings, issuer: 'http://127.0.0.1:9/ingen' };
    await world.api.put('/api/organisation/identity-provider', unreachable).expect(200);
    try {
      const down = await browser.get(`${world.baseUrl}/logga-in/oidc/start?organisation=${TENANT}`);
      expect(down.status).toBe(502);
      expect(down.text).toContain('Identitetsleverantören svarar inte');
    } finally {
      await world.api.put('/api/organisation/identity-provider', world.providerSettings).expect(200);
    }
  });

  it('matches another claim when the organisation names one (preferred_username against the e-mail address)', async () => {
    await world.api
      .put('/api/organisation/identity-provider', {
        ...world.providerSettings,
        clientSecret: undefined,
        matchClaim: 'preferred_username',
      })
      .expect(200);
    try {
      const browser = redirectBrowser();
      const answer = await browser.get(await throughProvider(world, browser, 'jenny-upn'));
      expect(answer.status).toBe(303);
      const home = await browser.get(`${world.baseUrl}/`);
      expect(home.text).toContain('Inloggad som <strong>Jenny Gräslund</strong>');
    } finally {
      await world.api.put('/api/organisation/identity-provider', world.providerSettings).expect(200);
    }
  });

  it('signs out at the provider too: end_session with id_token_hint, and back to the sign-in page', async () => {
    const browser = redirectBrowser();
    await browser.get(await throughProvider(world, browser, 'jenny'));
    const home = await browser.get(`${world.baseUrl}/`);
    const signOut = formOf(home, '/logga-ut');
    const answer = await browser.post(signOut.action, signOut.fields);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('Du är utloggad');
    // Our session has ended before the browser goes on.
    expect((await browser.get(`${world.baseUrl}/`)).location?.pathname).toBe('/logga-in');

    const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(answer.text)?.[1];
    expect(refresh).toBeTruthy();
    const endSession = new URL(decode(refresh as string));
    expect(endSession.origin).toBe(world.provider.issuer);
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(
      world.addresses.postLogoutRedirectUri,
    );

    const confirm = await browser.get(endSession);
    expect(confirm.status).toBe(200);
    const form = formOf(confirm);
    const confirmed = await browser.post(form.action, { ...form.fields, logout: 'yes' });
    const back = await browser.follow(confirmed);
    const last = back.at(-1) as Hop;
    expect(last.url.href).toBe(world.addresses.postLogoutRedirectUri);
    expect(last.status).toBe(200);
    expect(buttonHref(last)).not.toBeNull();
  });

  it('signs a password session out locally only, as before', async () => {
    const cookie = await world.signInAs('jenny');
    const browser = redirectBrowser();
    browser.jars.set(world.baseUrl, new Map([[cookie.split('=')[0], cookie.split('=')[1]]]));
    const home = await browser.get(`${world.baseUrl}/`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(home.text)?.[1] as string;
    const answer = await browser.post(`${world.baseUrl}/logga-ut`, { _csrf: decode(csrf) });
    expect(answer.status).toBe(303);
    expect(answer.location?.pathname).toBe('/logga-in');
  });

  describe('the provider settings (the admin API and the Organisation page)', () => {
    it('reads the provider back without its secret, with the addresses to register', async () => {
      const read = await world.api.get('/api/organisation/identity-provider').expect(200);
      expect(read.body).toEqual({
        issuer: world.provider.issuer,
        clientId: OIDC_CLIENT_ID,
        matchClaim: 'email',
        displayName: PROVIDER_NAME,
        clientSecretSet: true,
        updatedAt: expect.any(String),
        redirectUri: `${world.baseUrl}/logga-in/oidc/callback`,
        postLogoutRedirectUri: `${world.baseUrl}/logga-in?organisation=${TENANT}`,
      });
      expect(read.text).not.toContain(OIDC_CLIENT_SECRET);
      // Nor is it anywhere in the event log (which keeps everything forever).
      const [inLog] = await world.dataSource.query(
        'SELECT count(*)::int AS n FROM es_events e WHERE e::text LIKE $1',
        [`%${OIDC_CLIENT_SECRET}%`],
      );
      expect(inLog.n).toBe(0);
    });

    it('is for admins only: 403 for anyone else, 401 signed out', async () => {
      const jenny = await world.signInAs('jenny');
      for (const call of [
        world.api.get('/api/organisation/identity-provider', jenny),
        world.api.put('/api/organisation/identity-provider', world.providerSettings, jenny),
        world.api.delete('/api/organisation/identity-provider', jenny),
      ]) {
        const answer = await call;
        expect({ status: answer.status, code: answer.body.code }).toEqual({
          status: 403,
          code: 'AUTH.FORBIDDEN',
        });
      }
      const anonymous = await world.api.get('/api/organisation/identity-provider', '');
      expect(anonymous.status).toBe(401);
      // Nothing changed.
      expect((await world.api.get('/api/organisation/identity-provider').expect(200)).body.displayName).toBe(
        PROVIDER_NAME,
      );
    });

    it('refuses bad settings with 400 and its field, changing nothing; removing is idempotent', async () => {
      const other = await world.signInAs('admin', OTHER_TENANT);
      const provider = '/api/organisation/identity-provider';
      const none = await world.api.get(provider, other);
      expect({ status: none.status, code: none.body.code }).toEqual({
        status: 404,
        code: 'IDENTITY.IDENTITY_PROVIDER_NOT_FOUND',
      });
      for (const [body, field] of [
        [{ ...world.providerSettings, clientSecret: undefined }, 'clientSecret'],
        [{ ...world.providerSettings, issuer: 'ftp://login.exempelstad.se' }, 'issuer'],
        [{ ...world.providerSettings, displayName: '   ' }, 'displayName'],
        [{ ...world.providerSettings, matchClaim: 'två ord' }, 'matchClaim'],
      ] as const) {
        const refused = await world.api.put(provider, body, other);
        expect({ status: refused.status, code: refused.body.code, field: refused.body.field }).toEqual({
          status: 400,
          code: 'IDENTITY.INVALID_IDENTITY_PROVIDER',
          field,
        });
      }
      const wrongType = await world.api.put(provider, { ...world.providerSettings, issuer: 42 }, other);
      expect({ status: wrongType.status, code: wrongType.body.code }).toEqual({
        status: 400,
        code: 'REQUEST.INVALID',
      });
      expect((await world.api.get(provider, other)).status).toBe(404);

      await world.api.put(provider, world.providerSettings, other).expect(200);
      // Each organisation its own: the other admin's provider is not this one's, and back.
      expect((await world.api.get(provider, other).expect(200)).body.postLogoutRedirectUri).toBe(
        `${world.baseUrl}/logga-in?organisation=${OTHER_TENANT}`,
      );
      await world.api.delete(provider, other).expect(204);
      await world.api.delete(provider, other).expect(204);
      expect((await world.api.get(provider, other)).status).toBe(404);
      // The first organisation's provider is untouched.
      await world.api.get(provider).expect(200);
    });

    it('is set on the Organisation page: the section, a refusal at its field, the secret kept and never shown', async () => {
      const browser = redirectBrowser();
      const cookie = await world.signInAs('admin');
      browser.jars.set(
        world.baseUrl,
        new Map([[cookie.split('=')[0], cookie.slice(cookie.indexOf('=') + 1)]]),
      );
      const page = await browser.get(`${world.baseUrl}/administration/organisation`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('Inloggning med organisationens identitetsleverantör');
      expect(page.text).toContain(`Logga in med ${PROVIDER_NAME}`);
      expect(page.text).toContain(world.addresses.redirectUri);
      expect(page.text).not.toContain(OIDC_CLIENT_SECRET);
      const form = formOf(page, '/administration/organisation/inloggning');
      const secretBefore = await storedSecret();

      const refused = await browser.post(form.action, {
        ...form.fields,
        issuer: 'inte en adress',
        klient: OIDC_CLIENT_ID,
        hemlighet: '',
        ansprak: 'email',
        namn: 'Nytt namn',
      });
      expect(refused.status).toBe(400);
      expect(refused.text).toContain('Ange identitetsleverantörens adress (issuer)');
      expect(refused.text).toMatch(
        /id="inloggning-issuer"[^>]*value="inte en adress"[^>]*aria-invalid="true"/,
      );
      expect((await world.api.get('/api/organisation/identity-provider').expect(200)).body.displayName).toBe(
        PROVIDER_NAME,
      );

      const saved = await browser.post(form.action, {
        ...form.fields,
        issuer: world.provider.issuer,
        klient: OIDC_CLIENT_ID,
        hemlighet: '',
        ansprak: 'email',
        namn: 'Kommunens inloggning åäö',
      });
      expect(saved.status).toBe(303);
      const after = await browser.get(saved.location as URL);
      expect(after.text).toContain('Inloggningen med identitetsleverantören är sparad.');
      expect(after.text).toContain('Logga in med Kommunens inloggning åäö');
      // The secret field left empty kept the stored secret.
      expect(await storedSecret()).toBe(secretBefore);
      const signInPage = await browser.get(`${world.baseUrl}/logga-in?organisation=${TENANT}`);
      expect(signInPage.status).toBe(303); // signed in as the admin: the sign-in page sends her on
      await world.api.put('/api/organisation/identity-provider', world.providerSettings).expect(200);
    });
  });

  const storedSecret = async () =>
    (
      await world.dataSource.query('SELECT client_secret FROM identity_oidc_providers WHERE tenant_id = $1', [
        TENANT,
      ])
    )[0]?.client_secret as string;
});
