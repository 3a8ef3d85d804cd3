import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { AccountService, ApiTokenService } from '#libs/identity';
import { createTestDatabase, type TestDatabase } from '#libs/testing';
import { startWholeApiApp } from './support/whole-api-app.js';

/**
 * The production ApiModule with identity's real guard (the other API tests use a test principal):
 * people log in, get a session cookie or an API token, and the meetings API sees who they are.
 */
describe('the API behind real sign-in (ApiModule, real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  const tenantId = 'exempelstad';
  const password = 'ett långt lösenord med å ä ö';
  const ids: Record<string, string> = {};
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startWholeApiApp(database.url);

    const accounts = app.get(AccountService);
    const people = {
      admin: ['Ada Åström', ['admin']],
      hr: ['Hanna Öhman', ['hr']],
      chair: ['Jenny Gräslund', []],
      outsider: ['Olle Utanför', []],
    } as const;
    for (const [key, [displayName, roles]] of Object.entries(people)) {
      const account = await accounts.create({
        tenantId,
        email: `${key}@exempelstad.se`,
        displayName,
        password,
        roles: [...roles],
      });
      ids[key] = account.id;
      const login = await request(app.getHttpServer())
        .post('/api/auth/login')
        .send({ tenant: tenantId, email: `${key}@exempelstad.se`, password })
        .expect(200);
      cookies[key] = String(login.headers['set-cookie']).split(';')[0];
    }
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const as = (who: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Cookie', cookies[who]),
    post: (path: string) => request(app.getHttpServer()).post(path).set('Cookie', cookies[who]),
    put: (path: string) => request(app.getHttpServer()).put(path).set('Cookie', cookies[who]),
  });

  it('signs people in and runs a meeting with their own rights, recording who did what', async () => {
    await as('admin').post('/api/organisation').send({ name: 'Exempelstads kommun' }).expect(201);
    await as('admin')
      .post('/api/organisation/units')
      .send({ unitId: 'u-soc', name: 'Socialförvaltningen' })
      .expect(201);
    await as('admin').post('/api/organisation/union-organisations').send({ name: 'Vision' }).expect(200);
    const group = await as('admin')
      .post('/api/groups')
      .send({
        name: 'FSG Socialförvaltningen',
        levels: ['FSG'],
        unitId: 'u-soc',
        actsAsSkyddskommitte: false,
      })
      .expect(201);
    const groupId = group.body.groupId as string;
    await as('admin')
      .post(`/api/groups/${groupId}/members`)
      .send({
        person: { personId: ids.chair, name: 'Jenny Gräslund' },
        party: { side: 'employer' },
        role: 'ordförande',
        joinedOn: '2019-01-01',
      })
      .expect(200);

    // The chair (a member with the ordförande role) schedules; HR and an outsider may not.
    const when = {
      startsAt: '2019-02-25T08:30:00+01:00',
      endsAt: '2019-02-25T11:00:00+01:00',
      place: 'Kvarnen',
    };
    const forbidden = await as('hr').post(`/api/groups/${groupId}/meetings`).send(when).expect(403);
    expect(forbidden.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(forbidden.body.code).toBe('AUTH.FORBIDDEN');
    await as('outsider').post(`/api/groups/${groupId}/meetings`).send(when).expect(403);
    const scheduled = await as('chair').post(`/api/groups/${groupId}/meetings`).send(when).expect(201);
    const meetingId = scheduled.body.meetingId as string;

    // HR reads every meeting of the organisation but edits none; an outsider reads nothing.
    await as('hr').get(`/api/meetings/${meetingId}`).expect(200);
    await as('hr').put(`/api/meetings/${meetingId}/agenda`).send({ items: [] }).expect(403);
    await as('outsider').get(`/api/meetings/${meetingId}`).expect(403);

    const history = await as('chair').get(`/api/meetings/${meetingId}/history`).expect(200);
    expect(JSON.stringify(history.body)).toContain(ids.chair);
  });

  it('refuses a request without credentials, and one with a forged cookie, as 401 problem+json', async () => {
    const anonymous = await request(app.getHttpServer()).get('/api/groups').expect(401);
    expect(anonymous.body.code).toBe('AUTH.UNAUTHENTICATED');
    await request(app.getHttpServer()).get('/api/groups').set('Cookie', 'svk_session=forged').expect(401);
    await request(app.getHttpServer()).get('/health').expect(200); // health stays open
  });

  it('lets a program use an API token instead of a session', async () => {
    const { token } = await app.get(ApiTokenService).issue(tenantId, ids.hr, 'rapportverktyg');
    await request(app.getHttpServer()).get('/api/groups').set('Authorization', `Bearer ${token}`).expect(200);
    await request(app.getHttpServer())
      .get('/api/groups')
      .set('Authorization', 'Bearer svk_not-a-token')
      .expect(401);
  });
});
