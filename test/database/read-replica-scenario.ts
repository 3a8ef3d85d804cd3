import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReadRouting, runOn } from '#libs/database';
import { EVENT_STORE_POOL, PgEventStore } from '#libs/event-store';
import { FollowUpCalendarFeeds } from '#libs/follow-ups';
import { AccountService, ApiTokenService, type Principal } from '#libs/identity';
import { metricsRegistry } from '#libs/observability';
import { freePort } from '#libs/testing';
import { startWholeApiApp } from '../api/support/whole-api-app.js';
import { formBrowser } from '../web/support/form-browser.js';
import { query } from './embedded-server-helpers.js';
import { adminUrl, type ReplicaPair } from './replica-pair.js';

/** Checks a test file adds to the scenario, run first, while the pair is as it was made. */
export type PairChecks = (pair: () => ReplicaPair) => void;

/**
 * The API on a primary and a streaming replica (DATABASE_URL + DATABASE_READ_URL): reads go to the
 * replica, writes to the primary, and a caller's read waits (bounded) for the replica to replay
 * that caller's own write, else reads the primary. One scenario, run on the pairs that
 * startPair makes (see replica-pair.ts: a file copy in `npm test`, pg_basebackup in the system tier).
 */
export function describeReadReplica(
  title: string,
  startPair: () => Promise<ReplicaPair>,
  pairChecks: PairChecks = () => {},
): void {
  describe(title, () => {
    scenario(startPair, pairChecks);
  });
}

function scenario(startPair: () => Promise<ReplicaPair>, pairChecks: PairChecks): void {
  const WAIT_MS = 600;
  const tenantId = 'exempelstad';
  const password = 'ett långt lösenord med å ä ö';
  let pair: ReplicaPair;
  let app: NestExpressApplication;
  const cookies: Record<string, string> = {};
  const principals: Record<string, Principal> = {};

  beforeAll(async () => {
    pair = await startPair();
    app = await startWholeApiApp(pair.primary.url, {
      databaseUrl: pair.primary.url,
      databaseReadUrl: pair.standby.url,
      replicaWaitMs: WAIT_MS,
    });
    const accounts = app.get(AccountService);
    for (const [who, roles] of [
      ['admin', ['admin']],
      ['hr', ['hr']],
      ['reader', ['hr']],
    ] as const) {
      const account = await accounts.create({
        tenantId,
        email: `${who}@exempelstad.se`,
        displayName: `Åsa Öberg (${who})`,
        password,
        roles: [...roles],
      });
      principals[who] = { ...account, accountId: account.id, via: 'session' };
      const login = await request(app.getHttpServer())
        .post('/api/auth/login')
        .send({ tenant: tenantId, email: `${who}@exempelstad.se`, password })
        .expect(200);
      cookies[who] = String(login.headers['set-cookie']).split(';')[0];
    }
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await pair?.cleanUp();
  }, 60_000);

  const as = (who: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Cookie', cookies[who]),
    post: (path: string) => request(app.getHttpServer()).post(path).set('Cookie', cookies[who]),
  });
  const standbyAdmin = () => adminUrl(pair.standby.url);

  pairChecks(() => pair);

  it('runs on a real standby: in recovery, streaming from the primary', async () => {
    const [standby] = await query<{ recovering: boolean }>(
      standbyAdmin(),
      'SELECT pg_is_in_recovery() AS recovering',
    );
    expect(standby.recovering).toBe(true);
    const senders = await query<{ state: string }>(
      adminUrl(pair.primary.url),
      'SELECT state FROM pg_stat_replication',
    );
    expect(senders.map((sender) => sender.state)).toEqual(['streaming']);
  });

  it('routes both pools (TypeORM and the event store) by the read scope, and the replica refuses writes', async () => {
    const dataSource = app.get(DataSource);
    const pool = app.get<pg.Pool>(EVENT_STORE_POOL);
    const recovering = 'SELECT pg_is_in_recovery() AS recovering';
    expect((await dataSource.query(recovering))[0].recovering).toBe(false);
    expect((await pool.query(recovering)).rows[0].recovering).toBe(false);
    expect((await runOn('replica', () => dataSource.query(recovering)))[0].recovering).toBe(true);
    expect((await runOn('replica', () => pool.query(recovering))).rows[0].recovering).toBe(true);

    // A command routed there by mistake fails rather than writing somewhere it should not.
    const store = app.get(PgEventStore);
    const stream = { tenantId, streamId: `probe-${randomUUID()}`, streamType: 'probe' };
    const event = { eventId: randomUUID(), type: 'ProbeWritten', data: { text: 'får inte skrivas' } };
    await expect(
      runOn('replica', () => store.append(stream, [event], { expected: 'no_stream' })),
    ).rejects.toMatchObject({ code: '25006' });
    await expect(
      runOn('replica', () => dataSource.query('DELETE FROM identity_sessions WHERE false')),
    ).rejects.toMatchObject({ code: '25006' });
    expect(await store.readStream(tenantId, stream.streamId)).toEqual([]);
  });

  it("serves a caller's own write in their next read, from the replica once it has replayed it", async () => {
    const before = await readCounts();
    const created = await as('admin')
      .post('/api/organisation')
      .send({ name: 'Exempelstads kommun' })
      .expect(201);
    expect(created.headers['samverkan-read-after']).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    const read = await as('admin').get('/api/organisation').expect(200);
    expect(read.body.name).toBe('Exempelstads kommun');
    const after = await readCounts();
    expect(after['replica/replayed'] - before['replica/replayed']).toBe(1);

    // Another caller has no write to wait for: straight to the replica.
    await as('hr').get('/api/organisation').expect(200);
    expect((await readCounts())['replica/no-write'] - after['replica/no-write']).toBe(1);
    const sessions = await query<{ count: number }>(
      standbyAdmin(),
      "SELECT count(*)::int AS count FROM pg_stat_activity WHERE usename = 'samverkan_app'",
    );
    expect(sessions[0].count).toBeGreaterThan(0);
  });

  it('reads a read model (rm_groups through TypeORM) after the caller created the group', async () => {
    await as('admin')
      .post('/api/organisation/units')
      .send({ unitId: 'u-soc', name: 'Socialförvaltningen' })
      .expect(201);
    const group = await as('admin')
      .post('/api/groups')
      .send({
        name: 'FSG Socialförvaltningen',
        levels: ['FSG'],
        unitId: 'u-soc',
        actsAsSkyddskommitte: false,
      })
      .expect(201);
    const before = await readCounts();
    const list = await as('admin').get('/api/groups').expect(200);
    expect(list.body.map((g: { groupId: string }) => g.groupId)).toContain(group.body.groupId);
    expect((await readCounts())['replica/replayed'] - before['replica/replayed']).toBe(1);
  });

  it("streams HR's CSV export from the replica (a read-only REPEATABLE READ transaction there)", async () => {
    const before = await readCounts();
    const csv = await as('hr').get('/api/follow-ups/overview/export.csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.text).toContain('Uppföljnings-id');
    expect((await readCounts())['replica/no-write'] - before['replica/no-write']).toBe(1);
  });

  it('leaves public routes on the primary, even for a signed-in caller (a calendar feed records its use)', async () => {
    const feed = await app.get(FollowUpCalendarFeeds).create(principals.hr);
    const before = await readCounts();
    const ready = await as('hr').get('/health/ready').expect(200);
    expect(ready.body.replica).toMatchObject({ status: 'up', paused: false });
    // On the replica its UPDATE of last_used_at would fail (read-only) and the feed answer 500.
    const ics = await as('hr').get(feed.path).expect(200);
    expect(ics.text).toContain('BEGIN:VCALENDAR');
    expect(await readCounts()).toEqual(before);
  });

  it('reads from the primary when the replica cannot say how far it is (down)', async () => {
    const down = new ReadRouting({
      appUrl: pair.primary.url,
      readUrl: `postgres://127.0.0.1:${await freePort()}/samverkan`,
      poolSize: 1,
      waitMs: WAIT_MS,
    });
    try {
      const write = down.beginWrite('exempelstad/åsa');
      expect(await write.succeeded()).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      write.ended();
      expect(await down.decide('exempelstad/åsa')).toMatchObject({
        target: 'primary',
        reason: 'replica-error',
      });
      // Taken for down now: a caller with nothing to wait for reads the primary as well.
      expect(await down.decide('exempelstad/örjan')).toEqual({ target: 'primary', reason: 'replica-down' });
      expect(await down.status()).toMatchObject({ status: 'down' });
    } finally {
      await down.end();
    }
  });

  it('pages: a form post, its redirect and the page it leads to show the change (the page read from the replica)', async () => {
    await app.listen(0, '127.0.0.1');
    const server = app.getHttpServer();
    const browser = formBrowser({
      server,
      baseUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    });
    await browser.signIn('admin@exempelstad.se', password);
    const page = await browser.get('/administration/organisation');
    expect(page.status).toBe(200);
    const before = await readCounts();
    const added = await browser.submit(page.text, '/administration/organisation/enheter', {
      namn: 'Kultur- och fritidsförvaltningen',
      overordnad: '',
    });
    expect(added.status).toBe(303);
    const shown = await browser.get(added.headers.location);
    expect(shown.text).toContain('Enheten är tillagd.');
    expect(shown.text).toContain('Kultur- och fritidsförvaltningen');
    const after = await readCounts();
    expect(after['replica/replayed'] - before['replica/replayed']).toBe(1);
  });

  it('gives a program with an API token its own writes the same way', async () => {
    const { token } = await app
      .get(ApiTokenService)
      .issue(tenantId, principals.admin.accountId, 'rapportverktyg');
    const program = (call: request.Test) => call.set('Authorization', `Bearer ${token}`);
    const before = await readCounts();
    const added = await program(request(app.getHttpServer()).post('/api/organisation/union-organisations'))
      .send({ name: 'Vårdförbundet' })
      .expect(200);
    expect(added.headers['samverkan-read-after']).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    const read = await program(request(app.getHttpServer()).get('/api/organisation')).expect(200);
    expect(read.body.unionOrganisations).toContain('Vårdförbundet');
    expect((await readCounts())['replica/replayed'] - before['replica/replayed']).toBe(1);
  });

  it('with replay paused: the writer still reads their write (the primary, after the wait), others read the older replica', async () => {
    await query(standbyAdmin(), 'SELECT pg_wal_replay_pause()');
    try {
      const before = await readCounts();
      const added = await as('admin')
        .post('/api/organisation/units')
        .send({ unitId: 'u-bun', name: 'Barn- och utbildningsförvaltningen' })
        .expect(201);
      const position = added.headers['samverkan-read-after'] as string;

      const started = Date.now();
      const own = await as('admin').get('/api/organisation').expect(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(WAIT_MS - 50);
      expect(unitIds(own.body)).toContain('u-bun');

      const other = await as('hr').get('/api/organisation').expect(200);
      expect(unitIds(other.body)).not.toContain('u-bun');

      // A client that echoes the position (another API process took its write) waits the same way.
      const echoed = await as('reader')
        .get('/api/organisation')
        .set('Samverkan-Read-After', position)
        .expect(200);
      expect(unitIds(echoed.body)).toContain('u-bun');
      // A position that is not one is ignored, never an error.
      await as('reader').get('/api/organisation').set('Samverkan-Read-After', 'ölgäst/ÅÄÖ').expect(200);

      const after = await readCounts();
      expect(after['primary/wait-timed-out'] - before['primary/wait-timed-out']).toBe(2);
      const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
      expect(ready.body.replica).toMatchObject({ status: 'up', paused: true });
      expect(ready.body.replica.lagBytes).toBeGreaterThan(0);
    } finally {
      await query(standbyAdmin(), 'SELECT pg_wal_replay_resume()');
    }
    await eventually(async () => {
      const other = await as('hr').get('/api/organisation').expect(200);
      expect(unitIds(other.body)).toContain('u-bun');
    });
    const metrics = await metricsRegistry().metrics();
    expect(metrics).toContain('samverkan_replica_wait_seconds_count{outcome="wait-timed-out"}');
  });

  it('when the replica goes away: the read that finds it gone fails, the next ones read the primary', async () => {
    await pair.standby.stop();
    const lost = await as('hr').get('/api/organisation');
    expect(lost.status).toBe(503);
    const before = await readCounts();
    const read = await as('hr').get('/api/organisation').expect(200);
    expect(read.body.name).toBe('Exempelstads kommun');
    expect((await readCounts())['primary/replica-down'] - before['primary/replica-down']).toBe(1);
    const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(ready.body.replica).toMatchObject({ status: 'down' });
  });
}

function unitIds(organisation: { units: { unitId: string }[] }): string[] {
  return organisation.units.map((unit) => unit.unitId);
}

/** samverkan_read_requests_total by "served_by/reason", 0 for a series not seen yet. */
async function readCounts(): Promise<Record<string, number>> {
  const metric = await metricsRegistry().getSingleMetric('samverkan_read_requests_total')?.get();
  const counts: Record<string, number> = new Proxy(
    {},
    { get: (target, key) => Reflect.get(target, key) ?? 0 },
  );
  for (const { labels, value } of metric?.values ?? [])
    counts[`${labels.served_by}/${labels.reason}`] = value;
  return counts;
}

async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
