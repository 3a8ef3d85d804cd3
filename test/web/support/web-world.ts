import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppConfig } from '#libs/config';
import { configureHttp } from '#libs/http';
import { AccountService } from '#libs/identity';
import { ApiModule } from '#libs/service';
import { Clock } from '#libs/shared-kernel';
import { createTestDatabase } from '#libs/testing';
import { projectToHead } from '../../api/support/project-to-head.js';
import { followUpsProjection } from '#libs/follow-ups';
import { TestClock } from '../../api/support/test-clock.js';

export const TENANT = 'exempelstad';
export const PASSWORD = 'ett långt lösenord med å ä ö';
/** Hostile text as an admin could type it: shown as text on every page, never run. */
export const HOSTILE_GROUP_NAME = '<script>window.__pwned=1</script> FSG <b>Socialförvaltningen</b>';
export const FOLLOW_UP_ACTION = 'Ta fram en plan för <i>introduktion</i> av nyanställda';

export const PEOPLE = {
  admin: { email: 'admin@exempelstad.se', name: 'Ada Åström', roles: ['admin'] },
  chair: { email: 'jenny.graslund@exempelstad.se', name: 'Jenny Gräslund', roles: [] },
  vision: { email: 'marten.aberg@exempelstad.se', name: 'Mårten Åberg', roles: [] },
} as const;
export type Who = keyof typeof PEOPLE;

/**
 * The production ApiModule (identity's real guard, the pages, the query handlers) on a database of
 * its own, with a clock the test sets, and a small world made through the API: a group whose name
 * is hostile HTML, its ordförande and a Vision ledamot; a closed meeting of 4 February 2019 that
 * both must justera, with a follow-up for the Vision member; the March meeting with its kallelse.
 * The pages then look at it on 1 March 2019. With `skyddskommitte`, the group acts as skyddskommitté
 * and February's dialog took up an AML 6:9 question (information och utbildning) with no
 * skyddsombud present.
 */
export async function startWebWorld({ skyddskommitte = false }: { skyddskommitte?: boolean } = {}) {
  const database = await createTestDatabase();
  const config = Object.assign(new AppConfig(), { workerInProcess: false, dbPoolSize: 4, logLevel: 'warn' });
  const clock = new TestClock('2019-01-15T09:00:00Z');
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.forRoot({ config, databaseUrl: database.url })],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureHttp(app);
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer();

  const ids = {} as Record<Who, string>;
  const cookies = {} as Record<Who, string>;
  for (const [who, { email, name, roles }] of Object.entries(PEOPLE) as [Who, (typeof PEOPLE)[Who]][]) {
    const account = await app
      .get(AccountService)
      .create({ tenantId: TENANT, email, displayName: name, password: PASSWORD, roles: [...roles] });
    ids[who] = account.id;
    const login = await request(server)
      .post('/api/auth/login')
      .send({ tenant: TENANT, email, password: PASSWORD })
      .expect(200);
    cookies[who] = String(login.headers['set-cookie']).split(';')[0];
  }
  const as = (who: Who) => ({
    post: (path: string, body: object = {}) =>
      request(server).post(path).set('Cookie', cookies[who]).send(body),
    put: (path: string, body: object) => request(server).put(path).set('Cookie', cookies[who]).send(body),
    get: (path: string) => request(server).get(path).set('Cookie', cookies[who]),
  });
  const person = (who: Who) => ({ personId: ids[who], name: PEOPLE[who].name });
  const VISION = { side: 'union', organisation: 'Vision' } as const;
  const EMPLOYER = { side: 'employer' } as const;

  const ok = async (test: request.Test, status: number) => {
    const response = await test;
    if (response.status !== status) {
      throw new Error(`${response.status} ${JSON.stringify(response.body)} (expected ${status})`);
    }
    return response.body as Record<string, unknown>;
  };

  await ok(as('admin').post('/api/organisation', { name: 'Exempelstads kommun' }), 201);
  await ok(
    as('admin').post('/api/organisation/units', { unitId: 'u-soc', name: 'Socialförvaltningen' }),
    201,
  );
  await ok(as('admin').post('/api/organisation/union-organisations', { name: 'Vision' }), 200);
  const group = await ok(
    as('admin').post('/api/groups', {
      name: HOSTILE_GROUP_NAME,
      levels: ['FSG'],
      unitId: 'u-soc',
      actsAsSkyddskommitte: skyddskommitte,
    }),
    201,
  );
  const groupId = group.groupId as string;
  for (const [who, party, role] of [
    ['chair', EMPLOYER, 'ordförande'],
    ['vision', VISION, 'ledamot'],
  ] as const) {
    await ok(
      as('admin').post(`/api/groups/${groupId}/members`, {
        person: person(who),
        party,
        role,
        joinedOn: '2019-01-01',
      }),
      200,
    );
  }

  // 4 February: held and closed, waiting for both justerare; one follow-up for the Vision member.
  const february = await ok(
    as('chair').post(`/api/groups/${groupId}/meetings`, {
      startsAt: '2019-02-04T08:30:00+01:00',
      endsAt: '2019-02-04T10:00:00+01:00',
      place: 'Kvarnen',
    }),
    201,
  );
  const held = `/api/meetings/${february.meetingId as string}`;
  await ok(
    as('chair').put(`${held}/agenda`, {
      items: [
        {
          itemId: 'i-dialog',
          title: 'Introduktion av nyanställda',
          kind: 'dialog',
          proposer: EMPLOYER,
          ...(skyddskommitte ? { workEnvironmentTopic: 'information-och-utbildning' } : {}),
        },
      ],
    }),
    200,
  );
  clock.set('2019-02-04T07:40:00Z');
  await ok(
    as('chair').put(`${held}/attendance`, {
      attendees: [
        { person: person('chair'), party: EMPLOYER, role: 'ordförande', presence: 'present' },
        { person: person('vision'), party: VISION, role: 'ledamot', presence: 'present' },
      ],
    }),
    200,
  );
  await ok(
    as('chair').put(`${held}/justerare`, {
      justerare: [
        { person: person('chair'), party: EMPLOYER },
        { person: person('vision'), party: VISION },
      ],
    }),
    200,
  );
  await ok(
    as('chair').put(`${held}/items/i-dialog/dialog`, { text: 'Parterna är överens om behovet.' }),
    200,
  );
  await ok(
    as('chair').post(`${held}/items/i-dialog/follow-ups`, {
      action: FOLLOW_UP_ACTION,
      responsible: person('vision'),
      dueDate: '2019-02-25',
    }),
    201,
  );
  clock.set('2019-02-04T08:55:00Z');
  await ok(as('chair').post(`${held}/close`), 200);

  // 18 March: scheduled, and its kallelse sent.
  clock.set('2019-02-20T09:00:00Z');
  const march = await ok(
    as('chair').post(`/api/groups/${groupId}/meetings`, {
      startsAt: '2019-03-18T13:00:00+01:00',
      endsAt: '2019-03-18T15:00:00+01:00',
      place: 'Stora salen, <Rådhuset>',
    }),
    201,
  );
  const next = `/api/meetings/${march.meetingId as string}`;
  await ok(
    as('chair').put(`${next}/agenda`, {
      items: [{ itemId: 'i-info', title: 'Budget 2019', kind: 'information', proposer: EMPLOYER }],
    }),
    200,
  );
  await ok(as('chair').post(`${next}/kallelse`, { recipients: [person('chair'), person('vision')] }), 200);
  await projectToHead(app, [followUpsProjection]);
  clock.set('2019-03-01T09:00:00Z');

  return {
    app,
    server,
    clock,
    ids,
    /** Cookies from the JSON sign-in, for setting up; the pages' tests sign in through the form. */
    cookies,
    groupId,
    meetingIds: { held: february.meetingId as string, next: march.meetingId as string },
    baseUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export type WebWorld = Awaited<ReturnType<typeof startWebWorld>>;
