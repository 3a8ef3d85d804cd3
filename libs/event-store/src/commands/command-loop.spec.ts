import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { createPgPool } from '#libs/database';
import { PgEventStore } from '#libs/event-store';
import type { Principal } from '#libs/identity';
import { type MigratedTestDataSource, migratedTestDataSource } from '#libs/testing';
import { type OrganisationCommand, organisationDecider } from '../../domain/organisation/index.js';
import type { CommandContext } from './command-context.js';
import { CommandExecutor, MAX_ATTEMPTS } from './command-executor.js';
import { ProcessedCommands } from './processed-commands.js';
import { StreamReader } from './stream-reader.js';
import { organisationStream } from './streams.js';

const at = '2019-02-25T08:00:00.000Z';
const chair: Principal = {
  accountId: 'p-jenny',
  tenantId: 'tenant-exec',
  displayName: 'Jenny Gräslund',
  roles: ['admin'],
  via: 'session',
};

describe('the command executor on the real event store', () => {
  let database: MigratedTestDataSource;
  let pool: Pool;
  let store: PgEventStore;
  let executor: CommandExecutor;

  beforeAll(async () => {
    database = await migratedTestDataSource();
    pool = createPgPool(database.url, 5);
    store = new PgEventStore(pool);
    executor = new CommandExecutor(store, new StreamReader(store), new ProcessedCommands(pool));
  });
  afterAll(async () => {
    await pool.end();
    await database.close();
  });

  /** Each test has a tenant of its own, so its organisation stream starts empty. */
  const tenant = () => ({ ...chair, tenantId: `tenant-${randomUUID()}` });
  const context = (principal: Principal, extra: Partial<CommandContext> = {}): CommandContext => ({
    principal,
    correlationId: 'corr-1',
    ...extra,
  });
  const create = (principal: Principal): OrganisationCommand => ({
    type: 'CreateOrganisation',
    data: { organisationId: principal.tenantId, name: 'Exempelstad', at },
  });
  const addUnion = (principal: Principal, name: string): OrganisationCommand => ({
    type: 'AddUnionOrganisation',
    data: { organisationId: principal.tenantId, name, at },
  });
  const run = (
    principal: Principal,
    command: () => OrganisationCommand | Promise<OrganisationCommand>,
    extra: Partial<CommandContext> = {},
  ) =>
    executor.execute({
      stream: organisationStream(principal.tenantId),
      decider: organisationDecider,
      context: context(principal, extra),
      createsStream: true,
      command,
    });
  const storedEvents = (principal: Principal) =>
    store.readStream(principal.tenantId, organisationStream(principal.tenantId).streamId);

  it('appends what was decided at the version read, with actor, correlation and command id', async () => {
    const principal = tenant();
    const created = await run(principal, () => create(principal), { idempotencyKey: 'key-create' });
    expect(created).toMatchObject({
      version: 1,
      replayed: false,
      state: { created: true, name: 'Exempelstad' },
    });
    const [event] = await storedEvents(principal);
    expect(event).toMatchObject({
      type: 'OrganisationCreated',
      data: { organisationId: principal.tenantId, name: 'Exempelstad', at },
      metadata: { actor: 'p-jenny', correlationId: 'corr-1', commandId: 'key-create' },
    });
    expect(event!.eventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('appends nothing when nothing is decided and answers with the current version', async () => {
    const principal = tenant();
    await run(principal, () => create(principal));
    await run(principal, () => addUnion(principal, 'Vision'));
    const again = await run(principal, () => addUnion(principal, 'vision'));
    expect(again).toMatchObject({ version: 2, events: [], replayed: false });
    expect(await storedEvents(principal)).toHaveLength(2);
  });

  it('decides again against the new state when someone appends between its read and its append', async () => {
    const principal = tenant();
    await run(principal, () => create(principal));
    let calls = 0;
    const result = await run(principal, async () => {
      calls += 1;
      // The first time, another writer gets in between the read and the append.
      if (calls === 1) await interfere(principal, 'Kommunal');
      return addUnion(principal, 'Vision');
    });
    expect(calls).toBe(2);
    expect(result.version).toBe(3);
    expect((await storedEvents(principal)).map(({ data }) => (data as { name: string }).name)).toEqual([
      'Exempelstad',
      'Kommunal',
      'Vision',
    ]);
  });

  it('gives up with 409 <AGGREGATE>.CONCURRENT_UPDATE when every attempt loses the race', async () => {
    const principal = tenant();
    await run(principal, () => create(principal));
    let calls = 0;
    const attempt = run(principal, async () => {
      calls += 1;
      await interfere(principal, `Förbund ${calls}`);
      return addUnion(principal, 'Vision');
    });
    await expect(attempt).rejects.toMatchObject({
      status: 409,
      response: { code: 'ORGANISATION.CONCURRENT_UPDATE' },
    });
    expect(calls).toBe(MAX_ATTEMPTS);
  });

  it('with If-Match appends only at that version, and a stale one is 412 and never retried', async () => {
    const principal = tenant();
    await run(principal, () => create(principal));
    await expect(
      run(principal, () => addUnion(principal, 'Vision'), { expectedVersion: 1 }),
    ).resolves.toMatchObject({
      version: 2,
    });
    let calls = 0;
    const stale = run(
      principal,
      () => {
        calls += 1;
        return addUnion(principal, 'Kommunal');
      },
      { expectedVersion: 1 },
    );
    await expect(stale).rejects.toMatchObject({
      status: 412,
      response: { code: 'ORGANISATION.VERSION_MISMATCH', expectedVersion: 1, currentVersion: 2 },
    });
    expect(calls).toBe(1);
    expect(await storedEvents(principal)).toHaveLength(2);
  });

  it('with If-Match, a writer getting in between is 412 too, not a retry', async () => {
    const principal = tenant();
    await run(principal, () => create(principal));
    let calls = 0;
    const raced = run(
      principal,
      async () => {
        calls += 1;
        await interfere(principal, 'Kommunal');
        return addUnion(principal, 'Vision');
      },
      { expectedVersion: 1 },
    );
    await expect(raced).rejects.toMatchObject({ status: 412 });
    expect(calls).toBe(1);
  });

  it('answers a repeated Idempotency-Key with the first result and records one set of events', async () => {
    const principal = tenant();
    const first = await run(principal, () => create(principal), { idempotencyKey: 'k-1' });
    await run(principal, () => addUnion(principal, 'Vision'));
    // The decider would now refuse (already created): the key is answered before it is asked.
    const again = await run(principal, () => create(principal), {
      idempotencyKey: 'k-1',
      expectedVersion: 0,
    });
    expect(again).toMatchObject({ version: first.version, replayed: true, events: [] });
    expect(await storedEvents(principal)).toHaveLength(2);
  });

  it('refuses a key already used for another stream with 422 REQUEST.IDEMPOTENCY_KEY_REUSED', async () => {
    const principal = tenant();
    await run(principal, () => create(principal), { idempotencyKey: 'k-shared' });
    const elsewhere = executor.execute({
      stream: { tenantId: principal.tenantId, streamId: 'group-x', streamType: 'group' },
      decider: organisationDecider,
      context: context(principal, { idempotencyKey: 'k-shared' }),
      createsStream: true,
      command: () => create(principal),
    });
    await expect(elsewhere).rejects.toMatchObject({
      status: 422,
      response: { code: 'REQUEST.IDEMPOTENCY_KEY_REUSED' },
    });
  });

  it('answers 404 <AGGREGATE>.NOT_FOUND for a stream that does not exist, unless the command creates it', async () => {
    const principal = tenant();
    const missing = executor.execute({
      stream: organisationStream(principal.tenantId),
      decider: organisationDecider,
      context: context(principal),
      command: () => addUnion(principal, 'Vision'),
    });
    await expect(missing).rejects.toMatchObject({
      status: 404,
      response: { code: 'ORGANISATION.NOT_FOUND' },
    });
  });

  /** Another writer appends a union organisation straight to the store, at whatever version it finds. */
  async function interfere(principal: Principal, name: string): Promise<void> {
    const stream = organisationStream(principal.tenantId);
    const version = await store.streamVersion(principal.tenantId, stream.streamId);
    await store.append(
      stream,
      [
        {
          eventId: randomUUID(),
          type: 'UnionOrganisationAdded',
          data: { organisationId: principal.tenantId, name, at },
        },
      ],
      { expected: version },
    );
  }
});
