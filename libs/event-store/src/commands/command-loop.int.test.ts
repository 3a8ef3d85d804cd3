import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { createPgPool } from '#libs/database';
import { type Decider, ruleBroken } from '#libs/ddd';
import { type MigratedTestDataSource, migratedTestDataSource } from '#libs/testing';
import { PgEventStore } from '../store/pg-event-store.js';
import { streamRef } from '../store/stream-refs.js';
import { commandIdFor, requestFingerprint } from './command-fingerprint.js';
import { type CommandEnvelope, CommandLoop, MAX_ATTEMPTS } from './command-loop.js';

/** A decider of the loop's own, so the store is tested without any bounded context. */
type RosterCommand =
  { type: 'CreateRoster'; data: { name: string } } | { type: 'AddName'; data: { name: string } };
type RosterEvent =
  { type: 'RosterCreated'; data: { name: string } } | { type: 'NameAdded'; data: { name: string } };
interface RosterState {
  created: boolean;
  names: string[];
}

const rosterDecider: Decider<RosterCommand, RosterEvent, RosterState> = {
  initialState: () => ({ created: false, names: [] }),
  decide: (command, state) => {
    if (command.type === 'CreateRoster') {
      if (state.created) throw ruleBroken('ROSTER.ALREADY_CREATED', 'The roster exists');
      return [{ type: 'RosterCreated', data: command.data }];
    }
    const known = state.names.some((name) => name.toLowerCase() === command.data.name.toLowerCase());
    return known ? [] : [{ type: 'NameAdded', data: command.data }];
  },
  evolve: (state, event) =>
    event.type === 'RosterCreated'
      ? { created: true, names: [event.data.name] }
      : { ...state, names: [...state.names, event.data.name] },
};

describe('the command loop on the real event store', () => {
  let database: MigratedTestDataSource;
  let pool: Pool;
  let store: PgEventStore;
  let loop: CommandLoop;

  beforeAll(async () => {
    database = await migratedTestDataSource();
    pool = createPgPool(database.url, 5);
    store = new PgEventStore(pool);
    loop = new CommandLoop(store);
  });
  afterAll(async () => {
    await pool.end();
    await database.close();
  });

  /** Each test has a tenant of its own, so its roster stream starts empty. */
  const tenant = () => `tenant-${randomUUID()}`;
  const roster = (tenantId: string) => streamRef('roster', tenantId, 'r-1');
  const envelope = (extra: Partial<CommandEnvelope> = {}): CommandEnvelope => ({
    actor: 'p-jenny',
    correlationId: 'corr-1',
    ...extra,
  });
  const create = (): RosterCommand => ({ type: 'CreateRoster', data: { name: 'Exempelstad' } });
  const add = (name: string): RosterCommand => ({ type: 'AddName', data: { name } });

  const run = (
    tenantId: string,
    command: () => RosterCommand | Promise<RosterCommand>,
    extra: Partial<CommandEnvelope> = {},
  ) =>
    loop.execute({
      stream: roster(tenantId),
      decider: rosterDecider,
      envelope: envelope(extra),
      createsStream: true,
      command,
    });

  const rosterRun = (
    tenantId: string,
    command: () => RosterCommand | Promise<RosterCommand>,
    key: string,
  ) => ({
    stream: roster(tenantId),
    decider: rosterDecider,
    envelope: envelope({ idempotencyKey: key }),
    createsStream: true,
    command,
  });

  const storedEvents = (tenantId: string) => store.readStream(tenantId, roster(tenantId).streamId);

  it('appends what was decided at the version read, with actor, correlation and command id', async () => {
    const tenantId = tenant();
    const created = await run(tenantId, create, { idempotencyKey: 'key-create' });
    expect(created).toMatchObject({
      version: 1,
      replayed: false,
      state: { created: true, names: ['Exempelstad'] },
    });
    const [event] = await storedEvents(tenantId);
    expect(event).toMatchObject({
      type: 'RosterCreated',
      data: { name: 'Exempelstad' },
      metadata: {
        actor: 'p-jenny',
        correlationId: 'corr-1',
        commandId: commandIdFor('p-jenny', 'key-create'),
      },
    });
    expect(event!.eventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('appends nothing when nothing is decided and answers with the current version', async () => {
    const tenantId = tenant();
    await run(tenantId, create);
    await run(tenantId, () => add('Vision'));
    const again = await run(tenantId, () => add('vision'));
    expect(again).toMatchObject({ version: 2, events: [], replayed: false });
    expect(await storedEvents(tenantId)).toHaveLength(2);
  });

  it('decides again against the new state when someone appends between its read and its append', async () => {
    const tenantId = tenant();
    await run(tenantId, create);
    let calls = 0;
    const result = await run(tenantId, async () => {
      calls += 1;
      // The first time, another writer gets in between the read and the append.
      if (calls === 1) await interfere(tenantId, 'Kommunal');
      return add('Vision');
    });
    expect(calls).toBe(2);
    expect(result.version).toBe(3);
    expect((await storedEvents(tenantId)).map(({ data }) => (data as { name: string }).name)).toEqual([
      'Exempelstad',
      'Kommunal',
      'Vision',
    ]);
  });

  it('gives up with a conflict <TYPE>.CONCURRENT_UPDATE when every attempt loses the race', async () => {
    const tenantId = tenant();
    await run(tenantId, create);
    let calls = 0;
    const attempt = run(tenantId, async () => {
      calls += 1;
      await interfere(tenantId, `Förbund ${calls}`);
      return add('Vision');
    });
    await expect(attempt).rejects.toMatchObject({ kind: 'conflict', code: 'ROSTER.CONCURRENT_UPDATE' });
    expect(calls).toBe(MAX_ATTEMPTS);
  });

  it('with If-Match appends only at that version, and a stale one is a precondition error, never retried', async () => {
    const tenantId = tenant();
    await run(tenantId, create);
    await expect(run(tenantId, () => add('Vision'), { expectedVersion: 1 })).resolves.toMatchObject({
      version: 2,
    });
    let calls = 0;
    const stale = run(
      tenantId,
      () => {
        calls += 1;
        return add('Kommunal');
      },
      { expectedVersion: 1 },
    );
    await expect(stale).rejects.toMatchObject({
      kind: 'precondition',
      code: 'ROSTER.VERSION_MISMATCH',
      details: { expectedVersion: 1, currentVersion: 2 },
    });
    expect(calls).toBe(1);
    expect(await storedEvents(tenantId)).toHaveLength(2);
  });

  it('with If-Match, a writer getting in between is a precondition error too, not a retry', async () => {
    const tenantId = tenant();
    await run(tenantId, create);
    let calls = 0;
    const raced = run(
      tenantId,
      async () => {
        calls += 1;
        await interfere(tenantId, 'Kommunal');
        return add('Vision');
      },
      { expectedVersion: 1 },
    );
    await expect(raced).rejects.toMatchObject({ kind: 'precondition' });
    expect(calls).toBe(1);
  });

  it('answers a repeated Idempotency-Key with the first result and records one set of events', async () => {
    const tenantId = tenant();
    const first = await run(tenantId, create, { idempotencyKey: 'k-1' });
    await run(tenantId, () => add('Vision'));
    // The decider would now refuse (already created): the key is answered before it is asked.
    const again = await run(tenantId, create, { idempotencyKey: 'k-1', expectedVersion: 0 });
    expect(again).toMatchObject({ version: first.version, replayed: true, events: [] });
    expect(await storedEvents(tenantId)).toHaveLength(2);
  });

  it('refuses a key already used for another stream as unprocessable REQUEST.IDEMPOTENCY_KEY_REUSED', async () => {
    const tenantId = tenant();
    await run(tenantId, create, { idempotencyKey: 'k-shared' });
    const elsewhere = loop.execute({
      stream: streamRef('roster', tenantId, 'r-2'),
      decider: rosterDecider,
      envelope: envelope({ idempotencyKey: 'k-shared' }),
      createsStream: true,
      command: create,
    });
    await expect(elsewhere).rejects.toMatchObject({
      kind: 'unprocessable',
      code: 'REQUEST.IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('refuses the same key with another request on the same stream with 422, and appends nothing', async () => {
    const tenantId = tenant();
    await run(tenantId, create);
    await run(tenantId, () => add('Vision'), { idempotencyKey: 'k-same' });
    const other = run(tenantId, () => add('Kommunal'), { idempotencyKey: 'k-same' });
    await expect(other).rejects.toMatchObject({
      kind: 'unprocessable',
      code: 'REQUEST.IDEMPOTENCY_KEY_REUSED',
    });
    expect(await storedEvents(tenantId)).toHaveLength(2);
    // The same request again is still the first answer.
    await expect(run(tenantId, () => add('Vision'), { idempotencyKey: 'k-same' })).resolves.toMatchObject({
      version: 2,
      replayed: true,
    });
  });

  it('scopes a key to its caller: two actors sending the same key send two commands', async () => {
    const tenantId = tenant();
    await run(tenantId, create);
    const jenny = await run(tenantId, () => add('Vision'), { idempotencyKey: 'k-both' });
    const omar = await run(tenantId, () => add('Kommunal'), { idempotencyKey: 'k-both', actor: 'p-omar' });
    expect([jenny.replayed, omar.replayed]).toEqual([false, false]);
    expect(await storedEvents(tenantId)).toHaveLength(3);
  });

  it('keeps no record of a refused command: the key can be sent again', async () => {
    const tenantId = tenant();
    await run(tenantId, create);
    await expect(run(tenantId, create, { idempotencyKey: 'k-refused' })).rejects.toMatchObject({
      code: 'ROSTER.ALREADY_CREATED',
    });
    await expect(run(tenantId, () => add('Vision'), { idempotencyKey: 'k-refused' })).resolves.toMatchObject({
      version: 2,
      replayed: false,
    });
  });

  it('answers 20 racing retries of one key with the first answer, and appends once', async () => {
    const tenantId = tenant();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => run(tenantId, create, { idempotencyKey: 'k-race' })),
    );
    expect(new Set(results.map(({ version }) => version))).toEqual(new Set([1]));
    expect(results.filter(({ replayed }) => !replayed)).toHaveLength(1);
    expect(results.every(({ state }) => state.created)).toBe(true);
    expect(await storedEvents(tenantId)).toHaveLength(1);
  });

  it('answers a retry that read the stream before its twin appended with the state after it', async () => {
    const tenantId = tenant();
    let calls = 0;
    const retry = await run(
      tenantId,
      async () => {
        // The first request completes between this attempt's read and its look-up.
        if ((calls += 1) === 1) await run(tenantId, create, { idempotencyKey: 'k-twin' });
        return create();
      },
      { idempotencyKey: 'k-twin' },
    );
    expect(retry).toMatchObject({ version: 1, replayed: true, state: { created: true } });
  });

  it('answers a retry refused by its builder as a replay once its twin is recorded', async () => {
    const tenantId = tenant();
    const request = { type: 'CreateRoster', name: 'Exempelstad' };
    const twin = () => loop.execute({ ...rosterRun(tenantId, create, 'k-refused-twin'), request });
    const retry = loop.execute({
      ...rosterRun(
        tenantId,
        async () => {
          await twin();
          // What a builder reading a stream the twin changed would say.
          throw ruleBroken('ROSTER.ALREADY_CREATED', 'The roster exists');
        },
        'k-refused-twin',
      ),
      request,
    });
    await expect(retry).resolves.toMatchObject({ version: 1, replayed: true });
    expect(await storedEvents(tenantId)).toHaveLength(1);
  });

  it('answers not_found <TYPE>.NOT_FOUND for a stream that does not exist, unless the command creates it', async () => {
    const tenantId = tenant();
    const missing = loop.execute({
      stream: streamRef('follow-up', tenantId, 'f-9'),
      decider: rosterDecider,
      envelope: envelope(),
      command: () => add('Vision'),
    });
    await expect(missing).rejects.toMatchObject({
      kind: 'not_found',
      code: 'FOLLOW_UP.NOT_FOUND',
      message: 'There is no follow up f-9',
      details: { id: 'f-9' },
    });
  });

  it('lists the ids of a type and finds processed commands through the store, not SQL of its own', async () => {
    const tenantId = tenant();
    await run(tenantId, create, { idempotencyKey: 'k-list' });
    expect(await store.streamIds(tenantId, 'roster')).toEqual(['r-1']);
    expect(await store.processedCommand(tenantId, commandIdFor('p-jenny', 'k-list'))).toEqual({
      streamId: 'roster-r-1',
      nextExpectedVersion: 1,
      fingerprint: requestFingerprint('p-jenny', roster(tenantId), create()),
    });
    expect(await store.processedCommand(tenantId, 'k-unknown')).toBeUndefined();
  });

  /** Another writer appends a name straight to the store, at whatever version it finds. */
  async function interfere(tenantId: string, name: string): Promise<void> {
    const stream = roster(tenantId);
    const version = await store.streamVersion(tenantId, stream.streamId);
    await store.append(stream, [{ eventId: randomUUID(), type: 'NameAdded', data: { name } }], {
      expected: version,
    });
  }
});
