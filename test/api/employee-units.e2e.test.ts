/**
 * Issue 10, point 6: an admin ties an account to the units it works at (PUT /api/accounts/{id}/units),
 * through the production ApiModule with real sign-in, and the employee's next requests carry them:
 * the APT of their unit is listed for them, another unit's is not.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { AccountService } from '#libs/identity';
import { createTestDatabase, type TestDatabase } from '#libs/testing';
import { startWholeApiApp } from './support/whole-api-app.js';

describe('employees tied to units, behind real sign-in', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  const tenantId = 'exempelstad';
  const password = 'ett långt lösenord med å ä ö';
  const ids: Record<string, string> = {};
  const cookies: Record<string, string> = {};
  const as = (who: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Cookie', cookies[who]!),
    post: (path: string) => request(app.getHttpServer()).post(path).set('Cookie', cookies[who]!),
    put: (path: string) => request(app.getHttpServer()).put(path).set('Cookie', cookies[who]!),
  });
  const unitsOf = async (who: string) =>
    (await as('admin').get(`/api/accounts/${ids[who]}`).expect(200)).body.units;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startWholeApiApp(database.url);
    const accounts = app.get(AccountService);
    for (const [key, roles] of [
      ['admin', ['admin']],
      ['maja', []],
    ] as const) {
      const email = `${key}@exempelstad.se`;
      ids[key] = (
        await accounts.create({ tenantId, email, displayName: key, password, roles: [...roles] })
      ).id;
      const login = await request(app.getHttpServer())
        .post('/api/auth/login')
        .send({ tenant: tenantId, email, password })
        .expect(200);
      cookies[key] = String(login.headers['set-cookie']).split(';')[0]!;
    }
    const admin = as('admin');
    await admin.post('/api/organisation').send({ name: 'Exempelstads kommun' }).expect(201);
    for (const [unitId, name] of [
      ['u-hemtjanst-norr', 'Hemtjänst Norr'],
      ['u-skolan', 'Skolan'],
    ]) {
      await admin.post('/api/organisation/units').send({ unitId, name }).expect(201);
      await admin
        .post('/api/groups')
        .send({ name: `APT ${name}`, levels: ['APT'], unitId, actsAsSkyddskommitte: false })
        .expect(201);
    }
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('refuses a unit the organisation does not have, naming it, and changes nothing', async () => {
    const response = await as('admin')
      .put(`/api/accounts/${ids.maja}/units`)
      .send({ units: ['u-hemtjanst-norr', 'u-okänd'] });
    expect({ status: response.status, code: response.body.code, unitIds: response.body.unitIds }).toEqual({
      status: 409,
      code: 'ORGANISATION.UNKNOWN_UNIT',
      unitIds: ['u-okänd'],
    });
    expect(await unitsOf('maja')).toEqual([]);
  });

  it('refuses a list that is no list of ids: 400 REQUEST.INVALID', async () => {
    const response = await as('admin').put(`/api/accounts/${ids.maja}/units`).send({ units: 'u-skolan' });
    expect({ status: response.status, code: response.body.code }).toEqual({
      status: 400,
      code: 'REQUEST.INVALID',
    });
  });

  it('is for admins only: the employee cannot tie themselves to a unit', async () => {
    const response = await as('maja')
      .put(`/api/accounts/${ids.maja}/units`)
      .send({ units: ['u-skolan'] });
    expect({ status: response.status, code: response.body.code }).toEqual({
      status: 403,
      code: 'AUTH.FORBIDDEN',
    });
  });

  it("ties the account to its unit: the employee's requests then list that unit's APT, not another's", async () => {
    expect((await as('maja').get('/api/groups').expect(200)).body).toEqual([]);
    const { body } = await as('admin')
      .put(`/api/accounts/${ids.maja}/units`)
      .send({ units: ['u-hemtjanst-norr'] })
      .expect(200);
    expect(body.units).toEqual(['u-hemtjanst-norr']);
    const groups = (await as('maja').get('/api/groups').expect(200)).body as { name: string }[];
    expect(groups.map(({ name }) => name)).toEqual(['APT Hemtjänst Norr']);
  });
});
