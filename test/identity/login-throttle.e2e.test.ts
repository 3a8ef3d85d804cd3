/** Failed sign-ins are throttled per account and per client address, shared by every process on one database. */
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { DEFAULT_IDENTITY_SETTINGS, PasswordHasher } from '#libs/identity';
import {
  FakeClock,
  identityServices,
  identityTestDatabase,
  type IdentityTestDatabase,
  MINUTE,
  PASSWORD,
} from './identity-fixture.js';
import { startIdentityApp } from './identity-http-app.js';

const cheapHasher = new PasswordHasher({ N: 1024, r: 8, p: 1 });
const WINDOW = DEFAULT_IDENTITY_SETTINGS.loginFailureWindowMs;

let database: IdentityTestDatabase;
let clock: FakeClock;
let first: INestApplication;
let second: INestApplication;
let untrusting: INestApplication;

beforeAll(async () => {
  database = await identityTestDatabase();
  clock = new FakeClock();
  const options = { passwordHasher: cheapHasher, settings: { loginFailuresPerClient: 30 } };
  // As behind a proxy the operator trusts (TRUST_PROXY=loopback): the client address comes from X-Forwarded-For.
  first = await startIdentityApp(database.dataSource, clock, options, { trustProxy: 'loopback' });
  second = await startIdentityApp(database.dataSource, clock, options, { trustProxy: 'loopback' });
  // TRUST_PROXY unset: the address is the TCP peer's, whatever the request says.
  untrusting = await startIdentityApp(database.dataSource, clock, options, {});
  const { accounts } = identityServices(database.dataSource, clock, DEFAULT_IDENTITY_SETTINGS, cheapHasher);
  for (const email of ['anna@vaxjo.se', 'bo@vaxjo.se', 'cia@vaxjo.se']) {
    await accounts.create({ tenantId: 'vaxjo', email, displayName: email, password: PASSWORD });
  }
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  await untrusting?.close();
  await database?.close();
});
// Each case starts with a fresh window, whatever the one before it left behind.
beforeEach(() => clock.advance(WINDOW));

const login = (app: INestApplication, email: string, password: string, client = '10.0.0.1') =>
  request(app.getHttpServer() as App)
    .post('/api/auth/login')
    .set('X-Forwarded-For', client)
    .send({ tenant: 'vaxjo', email, password });

async function failTimes(times: number, email: string, apps = [first]) {
  for (let attempt = 0; attempt < times; attempt += 1) {
    const response = await login(apps[attempt % apps.length] as INestApplication, email, 'fel lösenord');
    expect(response.status).toBe(401);
  }
}

describe('login throttling', () => {
  it('refuses the 11th attempt with 429 and Retry-After, even with the right password, until the window passes', async () => {
    await failTimes(10, 'anna@vaxjo.se');
    const eleventh = await login(first, 'anna@vaxjo.se', 'fel lösenord').expect(429);
    expect(eleventh.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(eleventh.body).toMatchObject({ status: 429, code: 'AUTH.TOO_MANY_ATTEMPTS' });
    expect(Number(eleventh.headers['retry-after'])).toBe(WINDOW / 1000);
    clock.advance(5 * MINUTE);
    const right = await login(first, 'anna@vaxjo.se', PASSWORD).expect(429);
    expect(Number(right.headers['retry-after'])).toBe(WINDOW / 1000 - 5 * 60);
    clock.advance(WINDOW - 5 * MINUTE);
    await login(first, 'anna@vaxjo.se', PASSWORD).expect(200);
  });

  it('answers an account that does not exist the same way: no probing', async () => {
    await failTimes(10, 'finns.inte@vaxjo.se');
    const response = await login(first, 'finns.inte@vaxjo.se', PASSWORD).expect(429);
    expect(response.body.code).toBe('AUTH.TOO_MANY_ATTEMPTS');
  });

  it('counts across two processes on one database', async () => {
    await failTimes(10, 'bo@vaxjo.se', [first, second]);
    await login(first, 'bo@vaxjo.se', PASSWORD).expect(429);
    await login(second, 'bo@vaxjo.se', PASSWORD).expect(429);
  });

  it('starts the count over after a successful sign-in, and counts the e-mail in any case', async () => {
    await failTimes(9, 'cia@vaxjo.se');
    await login(first, 'CIA@vaxjo.se', PASSWORD).expect(200);
    await failTimes(9, 'cia@vaxjo.se');
    await login(second, 'Cia@Vaxjo.se', 'fel lösenord').expect(401);
    await login(second, 'cia@vaxjo.se', 'fel lösenord').expect(429);
  });

  it('limits one client address across accounts', async () => {
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await login(first, `gissning.${attempt}@vaxjo.se`, 'fel lösenord', '10.9.9.9').expect(401);
    }
    await login(first, 'anna@vaxjo.se', PASSWORD, '10.9.9.9').expect(429);
    await login(first, 'anna@vaxjo.se', PASSWORD, '10.0.0.2').expect(200);
  });

  it('does not let a client dodge the address limit with X-Forwarded-For when no proxy is trusted', async () => {
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await login(untrusting, `gissning.${attempt}@vaxjo.se`, 'fel lösenord', `10.8.0.${attempt}`).expect(
        401,
      );
    }
    await login(untrusting, 'anna@vaxjo.se', PASSWORD, '10.8.1.1').expect(429);
  });
});
