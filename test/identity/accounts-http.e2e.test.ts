import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import type { Account } from '#libs/identity';
import {
  FakeClock,
  identityServices,
  identityTestDatabase,
  type IdentityTestDatabase,
  PASSWORD,
} from './identity-fixture.js';
import { cookieFrom, startIdentityApp } from './identity-http-app.js';

let database: IdentityTestDatabase;
let app: INestApplication;
let http: App;
let vaxjoAdmin: string;
let ljungbyAdmin: string;
let annaCookie: string;
let anna: Account;
let ljungbyAnna: Account;

async function sessionCookie(tenant: string, email: string): Promise<string> {
  const response = await request(http)
    .post('/api/auth/login')
    .send({ tenant, email, password: PASSWORD })
    .expect(200);
  return cookieFrom(response.headers['set-cookie']);
}

beforeAll(async () => {
  database = await identityTestDatabase();
  const clock = new FakeClock();
  app = await startIdentityApp(database.dataSource, clock);
  http = app.getHttpServer() as App;
  const { accounts } = identityServices(database.dataSource, clock);
  const admin = {
    email: 'admin@kommun.se',
    displayName: 'Admin',
    password: PASSWORD,
    roles: ['admin' as const],
  };
  await accounts.create({ tenantId: 'vaxjo', ...admin });
  await accounts.create({ tenantId: 'ljungby', ...admin });
  // The same e-mail in both organisations: two accounts.
  anna = await accounts.create({
    tenantId: 'vaxjo',
    email: 'anna@kommun.se',
    displayName: 'Anna V',
    password: PASSWORD,
  });
  ljungbyAnna = await accounts.create({
    tenantId: 'ljungby',
    email: 'anna@kommun.se',
    displayName: 'Anna L',
    password: PASSWORD,
  });
  vaxjoAdmin = await sessionCookie('vaxjo', 'admin@kommun.se');
  ljungbyAdmin = await sessionCookie('ljungby', 'admin@kommun.se');
  annaCookie = await sessionCookie('vaxjo', 'anna@kommun.se');
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('/api/accounts is for admins of the organisation', () => {
  it('answers 401 without a session and 403 to a non-admin', async () => {
    await request(http).get('/api/accounts').expect(401);
    const response = await request(http).get('/api/accounts').set('Cookie', annaCookie).expect(403);
    expect(response.body.code).toBe('AUTH.FORBIDDEN');
    await request(http)
      .post('/api/accounts')
      .set('Cookie', annaCookie)
      .send({ email: 'x@kommun.se', displayName: 'X', password: PASSWORD })
      .expect(403);
  });

  it('lists only the admin’s own organisation', async () => {
    const vaxjo = await request(http).get('/api/accounts').set('Cookie', vaxjoAdmin).expect(200);
    const ljungby = await request(http).get('/api/accounts').set('Cookie', ljungbyAdmin).expect(200);

    expect(vaxjo.body.map((a: Account) => a.displayName)).toEqual(['Admin', 'Anna V']);
    expect(ljungby.body.map((a: Account) => a.displayName)).toEqual(['Admin', 'Anna L']);
    expect(vaxjo.body.every((a: Account) => a.tenantId === 'vaxjo')).toBe(true);
    expect(JSON.stringify(vaxjo.body)).not.toMatch(/password|scrypt/);
  });

  it('answers 404 for another organisation’s account, read or changed', async () => {
    const notFound = {
      type: 'urn:samverkan:problem:IDENTITY.ACCOUNT_NOT_FOUND',
      title: 'Not Found',
      status: 404,
      code: 'IDENTITY.ACCOUNT_NOT_FOUND',
      detail: `there is no account ${ljungbyAnna.id} in this organisation`,
    };

    await request(http)
      .get(`/api/accounts/${ljungbyAnna.id}`)
      .set('Cookie', vaxjoAdmin)
      .expect(404, notFound);
    await request(http)
      .put(`/api/accounts/${ljungbyAnna.id}/roles`)
      .set('Cookie', vaxjoAdmin)
      .send({ roles: ['admin'] })
      .expect(404);
    await request(http).post(`/api/accounts/${ljungbyAnna.id}/disable`).set('Cookie', vaxjoAdmin).expect(404);
    await request(http)
      .post(`/api/accounts/${ljungbyAnna.id}/tokens`)
      .set('Cookie', vaxjoAdmin)
      .send({ name: 'x' })
      .expect(404);
    // Listing the tokens too: an empty list would pass for "this account has none".
    await request(http)
      .get(`/api/accounts/${ljungbyAnna.id}/tokens`)
      .set('Cookie', vaxjoAdmin)
      .expect(404, notFound);
    await request(http)
      .get('/api/accounts/00000000-0000-4000-8000-000000000000/tokens')
      .set('Cookie', vaxjoAdmin)
      .expect(404);
  });

  it('creates an account in the admin’s organisation, whatever the body says', async () => {
    const response = await request(http)
      .post('/api/accounts')
      .set('Cookie', vaxjoAdmin)
      .send({ email: 'bertil@kommun.se', displayName: 'Bertil', password: PASSWORD, roles: ['hr'] })
      .expect(201);

    expect(response.body).toEqual({
      id: expect.any(String),
      tenantId: 'vaxjo',
      email: 'bertil@kommun.se',
      displayName: 'Bertil',
      roles: ['hr'],
      units: [],
      createdAt: expect.any(String),
      disabledAt: null,
    });
    await request(http)
      .post('/api/accounts')
      .set('Cookie', vaxjoAdmin)
      .send({ tenantId: 'ljungby', email: 'c@kommun.se', displayName: 'C', password: PASSWORD })
      .expect(400); // unknown field
  });

  it('answers 409 for a taken e-mail and 400 for a short password or an unknown role', async () => {
    const taken = await request(http)
      .post('/api/accounts')
      .set('Cookie', vaxjoAdmin)
      .send({ email: 'ANNA@kommun.se', displayName: 'Anna igen', password: PASSWORD })
      .expect(409);
    expect(taken.body.code).toBe('IDENTITY.EMAIL_TAKEN');

    await request(http)
      .post('/api/accounts')
      .set('Cookie', vaxjoAdmin)
      .send({ email: 'd@kommun.se', displayName: 'D', password: 'elva tecken' })
      .expect(400);
    await request(http)
      .post('/api/accounts')
      .set('Cookie', vaxjoAdmin)
      .send({ email: 'd@kommun.se', displayName: 'D', password: PASSWORD, roles: ['ordförande'] })
      .expect(400);
  });

  it('sets roles, and refuses to demote the last admin', async () => {
    const created = await request(http)
      .post('/api/accounts')
      .set('Cookie', vaxjoAdmin)
      .send({ email: 'cecilia@kommun.se', displayName: 'Cecilia', password: PASSWORD })
      .expect(201);

    const updated = await request(http)
      .put(`/api/accounts/${created.body.id}/roles`)
      .set('Cookie', vaxjoAdmin)
      .send({ roles: ['hr'] })
      .expect(200);
    expect(updated.body.roles).toEqual(['hr']);

    const me = await request(http).get('/api/auth/me').set('Cookie', ljungbyAdmin).expect(200);
    const lastAdmin = await request(http)
      .put(`/api/accounts/${me.body.accountId}/roles`)
      .set('Cookie', ljungbyAdmin)
      .send({ roles: [] })
      .expect(409);
    expect(lastAdmin.body.code).toBe('IDENTITY.LAST_ADMIN');
  });

  it('disables an account: its session stops working and it cannot sign in', async () => {
    const created = await request(http)
      .post('/api/accounts')
      .set('Cookie', vaxjoAdmin)
      .send({ email: 'david@kommun.se', displayName: 'David', password: PASSWORD })
      .expect(201);
    const davidCookie = await sessionCookie('vaxjo', 'david@kommun.se');

    const response = await request(http)
      .post(`/api/accounts/${created.body.id}/disable`)
      .set('Cookie', vaxjoAdmin)
      .expect(200);

    expect(response.body.disabledAt).toEqual(expect.any(String));
    await request(http).get('/api/auth/me').set('Cookie', davidCookie).expect(401);
    await request(http)
      .post('/api/auth/login')
      .send({ tenant: 'vaxjo', email: 'david@kommun.se', password: PASSWORD })
      .expect(401);
  });

  it('answers 400 for an id that is not a uuid', async () => {
    await request(http).get('/api/accounts/not-a-uuid').set('Cookie', vaxjoAdmin).expect(400);
  });
});

describe('/api/accounts/:id/tokens is for admins and the account itself', () => {
  it('lets the account issue its own token, shown once, which then authenticates', async () => {
    const issued = await request(http)
      .post(`/api/accounts/${anna.id}/tokens`)
      .set('Cookie', annaCookie)
      .send({ name: 'Min export' })
      .expect(201);

    expect(issued.body).toMatchObject({
      name: 'Min export',
      token: expect.stringMatching(/^svk_/),
      revokedAt: null,
    });
    const me = await request(http)
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${issued.body.token}`)
      .expect(200);
    expect(me.body).toMatchObject({ accountId: anna.id, via: 'token' });
    const listed = await request(http)
      .get(`/api/accounts/${anna.id}/tokens`)
      .set('Cookie', annaCookie)
      .expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(issued.body.token);
  });

  it('refuses a non-admin issuing a token for someone else (403)', async () => {
    const admin = await request(http).get('/api/auth/me').set('Cookie', vaxjoAdmin).expect(200);

    await request(http)
      .post(`/api/accounts/${admin.body.accountId}/tokens`)
      .set('Cookie', annaCookie)
      .send({ name: 'stöld' })
      .expect(403);
  });

  it('lets an admin issue and revoke a token for an account; the revoked token gets 401', async () => {
    const issued = await request(http)
      .post(`/api/accounts/${anna.id}/tokens`)
      .set('Cookie', vaxjoAdmin)
      .send({ name: 'Integration' })
      .expect(201);
    const bearer = `Bearer ${issued.body.token}`;
    await request(http).get('/api/auth/me').set('Authorization', bearer).expect(200);

    await request(http)
      .delete(`/api/accounts/${anna.id}/tokens/${issued.body.id}`)
      .set('Cookie', vaxjoAdmin)
      .expect(204);

    await request(http).get('/api/auth/me').set('Authorization', bearer).expect(401);
    await request(http)
      .delete(`/api/accounts/${anna.id}/tokens/${issued.body.id}`)
      .set('Cookie', ljungbyAdmin)
      .expect(404);
  });
});
