import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { type Account, ApiTokenService } from '#libs/identity';
import {
  FakeClock,
  HOUR,
  identityServices,
  identityTestDatabase,
  type IdentityTestDatabase,
  PASSWORD,
} from './identity-fixture.js';
import { cookieFrom, startIdentityApp } from './identity-http-app.js';

let database: IdentityTestDatabase;
let clock: FakeClock;
let app: INestApplication;
let http: App;
let anna: Account;

beforeAll(async () => {
  database = await identityTestDatabase();
  clock = new FakeClock();
  app = await startIdentityApp(database.dataSource, clock);
  http = app.getHttpServer() as App;
  const { accounts } = identityServices(database.dataSource, clock);
  await accounts.create({
    tenantId: 'vaxjo',
    email: 'admin@vaxjo.se',
    displayName: 'Admin',
    password: PASSWORD,
    roles: ['admin'],
  });
  anna = await accounts.create({
    tenantId: 'vaxjo',
    email: 'anna@vaxjo.se',
    displayName: 'Anna',
    password: PASSWORD,
  });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const login = (email: string, password = PASSWORD, tenant = 'vaxjo') =>
  request(http).post('/api/auth/login').send({ tenant, email, password });

async function sessionCookie(email: string): Promise<string> {
  const response = await login(email).expect(200);
  return cookieFrom(response.headers['set-cookie']);
}

const UNAUTHENTICATED = expect.objectContaining({
  code: 'AUTH.UNAUTHENTICATED',
  detail: expect.any(String),
});

describe('the global AuthGuard', () => {
  it('answers 401 AUTH.UNAUTHENTICATED without credentials', async () => {
    const response = await request(http).get('/probe/signed-in').expect(401);

    expect(response.body).toEqual(UNAUTHENTICATED);
    expect(response.headers['www-authenticate']).toBeUndefined();
  });

  it('answers 401 to a forged cookie and a forged bearer token', async () => {
    await request(http)
      .get('/probe/signed-in')
      .set('Cookie', `svk_session=${'A'.repeat(43)}`)
      .expect(401);
    await request(http).get('/probe/signed-in').set('Cookie', 'svk_session=').expect(401);
    const response = await request(http)
      .get('/probe/signed-in')
      .set('Authorization', `Bearer svk_${'A'.repeat(43)}`)
      .expect(401);
    expect(response.body).toMatchObject({
      code: 'AUTH.UNAUTHENTICATED',
      detail: 'the API token is not valid or has been revoked',
    });
  });

  it('answers 200 with a session cookie, and puts the principal on the request', async () => {
    const cookie = await sessionCookie('anna@vaxjo.se');

    const response = await request(http)
      .get('/probe/signed-in')
      .set('Cookie', `theme=dark; ${cookie}`)
      .expect(200);

    expect(response.body).toMatchObject({
      accountId: anna.id,
      tenantId: 'vaxjo',
      displayName: 'Anna',
      roles: [],
      via: 'session',
    });
  });

  it('answers 401 once the session has expired', async () => {
    const cookie = await sessionCookie('anna@vaxjo.se');

    clock.advance(8 * HOUR);

    const response = await request(http).get('/probe/signed-in').set('Cookie', cookie).expect(401);
    expect(response.body).toMatchObject({
      code: 'AUTH.UNAUTHENTICATED',
      detail: 'the session has ended or is not valid; sign in again',
    });
  });

  it('answers 200 with a bearer API token', async () => {
    const { token } = await app.get(ApiTokenService).issue('vaxjo', anna.id, 'probe');

    const response = await request(http)
      .get('/probe/signed-in')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);

    expect(response.body).toMatchObject({ accountId: anna.id, via: 'token' });
  });

  it('prefers a bearer token to the cookie, and does not fall back to the cookie when the token is bad', async () => {
    const cookie = await sessionCookie('admin@vaxjo.se');

    await request(http)
      .get('/probe/admin')
      .set('Cookie', cookie)
      .set('Authorization', `Bearer svk_${'B'.repeat(43)}`)
      .expect(401);
  });

  it('answers 403 AUTH.FORBIDDEN to a signed-in account without the required role', async () => {
    const cookie = await sessionCookie('anna@vaxjo.se');

    const response = await request(http).get('/probe/admin').set('Cookie', cookie).expect(403);

    expect(response.body).toMatchObject({
      code: 'AUTH.FORBIDDEN',
      detail: 'this needs the organisation role admin',
    });
    await request(http).get('/probe/admin-or-hr').set('Cookie', cookie).expect(403);
  });

  it('lets an admin through an admin route, and any of several listed roles through', async () => {
    const cookie = await sessionCookie('admin@vaxjo.se');

    await request(http).get('/probe/admin').set('Cookie', cookie).expect(200, { admin: true });
    await request(http).get('/probe/admin-or-hr').set('Cookie', cookie).expect(200);
  });

  it('leaves a @Public() route open, with or without credentials, valid or not', async () => {
    await request(http).get('/probe/open').expect(200, { open: true });
    await request(http).get('/probe/open').set('Cookie', 'svk_session=forged').expect(200);
  });
});

describe('POST /api/auth/login', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns who signed in', async () => {
    const response = await login('ANNA@vaxjo.se').expect(200);

    expect(response.body).toEqual({ accountId: anna.id, displayName: 'Anna', roles: [] });
    const [setCookie] = response.headers['set-cookie'] as unknown as string[];
    expect(setCookie).toMatch(
      /^svk_session=[A-Za-z0-9_-]{43}; Path=\/; Expires=[^;]+ GMT; HttpOnly; SameSite=Lax$/,
    );
    expect(new Date(/Expires=([^;]+)/.exec(setCookie)![1]).getTime()).toBe(
      Math.floor((clock.now().getTime() + 24 * HOUR) / 1000) * 1000,
    );
  });

  it('answers an unknown e-mail and a wrong password with the same 401', async () => {
    const wrongPassword = await login('anna@vaxjo.se', 'fel lösenord!').expect(401);
    const unknownEmail = await login('okand@vaxjo.se').expect(401);

    expect(wrongPassword.body).toMatchObject({
      code: 'AUTH.INVALID_CREDENTIALS',
      detail: 'the e-mail address or password is wrong',
    });
    expect(unknownEmail.body).toEqual(wrongPassword.body);
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a body with missing or unknown fields (400), before looking anything up', async () => {
    await request(http)
      .post('/api/auth/login')
      .send({ email: 'anna@vaxjo.se', password: PASSWORD })
      .expect(400);
    await request(http)
      .post('/api/auth/login')
      .send({ tenant: 'vaxjo', email: 'anna@vaxjo.se', password: PASSWORD, admin: true })
      .expect(400);
  });

  it('replaces the session the browser already had', async () => {
    const old = await sessionCookie('anna@vaxjo.se');

    const response = await request(http)
      .post('/api/auth/login')
      .set('Cookie', old)
      .send({ tenant: 'vaxjo', email: 'anna@vaxjo.se', password: PASSWORD })
      .expect(200);

    await request(http).get('/probe/signed-in').set('Cookie', old).expect(401);
    await request(http)
      .get('/probe/signed-in')
      .set('Cookie', cookieFrom(response.headers['set-cookie']))
      .expect(200);
  });
});

describe('GET /api/auth/me and POST /api/auth/logout', () => {
  it('shows the signed-in principal', async () => {
    const cookie = await sessionCookie('admin@vaxjo.se');

    const response = await request(http).get('/api/auth/me').set('Cookie', cookie).expect(200);

    expect(response.body).toMatchObject({
      tenantId: 'vaxjo',
      displayName: 'Admin',
      roles: ['admin'],
      via: 'session',
    });
    await request(http).get('/api/auth/me').expect(401);
  });

  it('ends the session and clears the cookie; the old cookie no longer works', async () => {
    const cookie = await sessionCookie('anna@vaxjo.se');

    const response = await request(http).post('/api/auth/logout').set('Cookie', cookie).expect(204);

    expect(response.headers['set-cookie']).toEqual([
      'svk_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax',
    ]);
    await request(http).get('/api/auth/me').set('Cookie', cookie).expect(401);
    await request(http).post('/api/auth/logout').set('Cookie', cookie).expect(204); // already ended: fine
  });
});

describe('a service reached over HTTPS', () => {
  it('marks the cookie Secure when configured', async () => {
    const secureApp = await startIdentityApp(database.dataSource, clock, {
      settings: { secureCookie: true },
    });
    try {
      const response = await request(secureApp.getHttpServer() as App)
        .post('/api/auth/login')
        .send({ tenant: 'vaxjo', email: 'anna@vaxjo.se', password: PASSWORD })
        .expect(200);

      expect((response.headers['set-cookie'] as unknown as string[])[0]).toMatch(
        /; HttpOnly; SameSite=Lax; Secure$/,
      );
    } finally {
      await secureApp.close();
    }
  });
});
