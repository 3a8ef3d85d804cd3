import { randomUUID } from 'node:crypto';
import { Client, type Pool } from 'pg';
import { createPgPool } from '#libs/database';
import { type Decider, ruleBroken } from '#libs/ddd';
import {
  CommandLoop,
  ConcurrencyError,
  type NewEvent,
  PgEventStore,
  type StreamRef,
  streamRef,
} from '#libs/event-store';
import { type MigratedTestDataSource, migratedTestDataSource } from '#libs/testing';
import { waitFor } from './wait-for.js';

/**
 * One command's events on several streams in one transaction (es_append_streams, and the command
 * loop's `alongside`): both or neither, whatever fails or is killed in between, and every stream
 * still in log order. The store runs as the app role, as the service does.
 */
/** A migrated database of the describe's own, and a store and loop logged in as the app role. */
function onTheAppRole() {
  const fixture = {} as {
    database: MigratedTestDataSource;
    pool: Pool;
    store: PgEventStore;
    loop: CommandLoop;
  };
  beforeAll(async () => {
    fixture.database = await migratedTestDataSource();
    fixture.pool = createPgPool(fixture.database.appUrl, 10);
    fixture.store = new PgEventStore(fixture.pool);
    fixture.loop = new CommandLoop(fixture.store);
  });
  afterAll(async () => {
    await fixture.pool.end();
    await fixture.database.close();
  });
  return fixture;
}

describe('appending one command to several streams', () => {
  const fixture = onTheAppRole();
  let store: PgEventStore;
  let database: MigratedTestDataSource;
  beforeAll(() => ({ store, database } = fixture));

  const tenant = () => `tenant-${randomUUID()}`;
  const events = (...types: string[]): NewEvent[] =>
    types.map((type) => ({ eventId: randomUUID(), type, data: { type } }));
  const typesIn = async (stream: StreamRef) =>
    (await store.readStream(stream.tenantId, stream.streamId)).map((event) => event.type);

  it('appends to both streams at their expected versions and records the command once', async () => {
    const tenantId = tenant();
    const meeting = streamRef('meeting', tenantId, 'm-1');
    const followUp = streamRef('follow-up', tenantId, 'f-1');
    await store.append(meeting, events('MeetingScheduled'), { expected: 'no_stream' });

    const appends = [
      { stream: meeting, expected: 1, events: events('FollowUpDateAssigned') },
      { stream: followUp, expected: 'no_stream' as const, events: events('FollowUpOpened') },
    ];
    const first = await store.appendToStreams(appends, { commandId: 'cmd-1', fingerprint: 'fp' });
    expect(first).toMatchObject({
      replayed: false,
      streams: [
        { streamId: meeting.streamId, nextExpectedVersion: 2 },
        { streamId: followUp.streamId, nextExpectedVersion: 1 },
      ],
    });
    expect(await store.processedCommand(tenantId, 'cmd-1')).toEqual({
      streamId: meeting.streamId,
      nextExpectedVersion: 2,
      fingerprint: 'fp',
    });

    // The same command again: the first answer, nothing appended.
    const again = await store.appendToStreams(appends, { commandId: 'cmd-1', fingerprint: 'fp' });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await typesIn(meeting)).toEqual(['MeetingScheduled', 'FollowUpDateAssigned']);
    expect(await typesIn(followUp)).toEqual(['FollowUpOpened']);
  });

  it('appends to neither when one stream is not at its expected version, and names that stream', async () => {
    const tenantId = tenant();
    const meeting = streamRef('meeting', tenantId, 'm-1');
    const group = streamRef('group', tenantId, 'g-1');
    await store.append(group, events('GroupCreated', 'MemberJoined'), { expected: 'no_stream' });

    const refused = store.appendToStreams(
      [
        { stream: meeting, expected: 'no_stream', events: events('MeetingScheduled') },
        { stream: group, expected: 1, events: events('ProtocolNumberAllocated') },
      ],
      { commandId: 'cmd-2' },
    );
    await expect(refused).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(refused).rejects.toMatchObject({ streamId: group.streamId, actual: 2 });
    expect(await typesIn(meeting)).toEqual([]);
    expect(await typesIn(group)).toEqual(['GroupCreated', 'MemberJoined']);
    expect(await store.processedCommand(tenantId, 'cmd-2')).toBeUndefined();
  });

  it('refuses a stream named twice and an empty append, appending nothing', async () => {
    const tenantId = tenant();
    const meeting = streamRef('meeting', tenantId, 'm-1');
    const twice = [
      { stream: meeting, expected: 'any' as const, events: events('A') },
      { stream: meeting, expected: 'any' as const, events: events('B') },
    ];
    await expect(store.appendToStreams(twice, {})).rejects.toMatchObject({
      code: 'EVENT_STORE.INVALID_APPEND',
    });
    await expect(store.appendToStreams([], {})).rejects.toMatchObject({ code: 'EVENT_STORE.INVALID_APPEND' });
    expect(await typesIn(meeting)).toEqual([]);
  });

  it('leaves nothing behind when its connection is killed after the first stream was written', async () => {
    const tenantId = tenant();
    const meeting = streamRef('meeting', tenantId, 'm-1');
    const followUp = streamRef('follow-up', tenantId, 'f-1');
    const opened = events('FollowUpOpened');
    // An uncommitted row holding the follow-up event's id: es_append_streams writes the meeting's
    // event, then waits on that id's unique index entry, in the middle of the transaction.
    const blocker = new Client({ connectionString: database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(
      `INSERT INTO es_events (tenant_id, stream_id, stream_position, event_id, event_type, data, metadata)
       VALUES ($1, 'blocker', 1, $2, 'Blocker', '{}', '{}')`,
      [tenantId, opened[0]!.eventId],
    );
    const killedClient = createPgPool(database.appUrl, 1);
    const killed = new PgEventStore(killedClient);
    const append = killed.appendToStreams(
      [
        { stream: meeting, expected: 'no_stream', events: events('FollowUpDateAssigned') },
        { stream: followUp, expected: 'no_stream', events: opened },
      ],
      { commandId: 'cmd-3' },
    );
    const failed = append.then(
      () => 'appended',
      () => 'failed',
    );
    try {
      const waiting = await waitFor(
        async () => {
          // Activity is read once per transaction unless the snapshot is dropped (the blocker is in one).
          await blocker.query('SELECT pg_stat_clear_snapshot()');
          const { rows } = await blocker.query<{ pid: number }>(
            `SELECT pid FROM pg_stat_activity
           WHERE query LIKE '%es_append_streams%' AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
          );
          return rows[0]?.pid;
        },
        (pid) => pid !== undefined,
      );
      await blocker.query('SELECT pg_terminate_backend($1)', [waiting]);
      expect(await failed).toBe('failed');
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
      await killedClient.end().catch(() => undefined);
    }
    expect(await typesIn(meeting)).toEqual([]);
    expect(await typesIn(followUp)).toEqual([]);
    expect(await store.processedCommand(tenantId, 'cmd-3')).toBeUndefined();
  });

  it('keeps every stream in log order while writers append to overlapping sets of streams', async () => {
    const tenantId = tenant();
    const [a, b, c] = ['a', 'b', 'c'].map((id) => streamRef('tally', tenantId, id)) as [
      StreamRef,
      StreamRef,
      StreamRef,
    ];
    const sets = [[a, b], [b], [b, c], [c, a]];
    const writer = async (streams: StreamRef[]) => {
      for (let round = 0; round < 25; round++) {
        await store.appendToStreams(
          streams.map((stream) => ({ stream, expected: 'any' as const, events: events('Counted') })),
          {},
        );
      }
    };
    await Promise.all(sets.map(writer));

    const log = await store.readLog({ transactionId: '0', globalPosition: 0 }, 10_000);
    const seen = new Map<string, number[]>();
    for (const event of log.filter((stored) => stored.tenantId === tenantId)) {
      seen.set(event.streamId, [...(seen.get(event.streamId) ?? []), event.streamPosition]);
    }
    expect(Object.fromEntries(seen)).toEqual({
      [a.streamId]: range(50),
      [b.streamId]: range(75),
      [c.streamId]: range(50),
    });
  });
});

/** A tally per stream, for the command loop's `alongside`. */
type TallyCommand = { type: 'Count'; data: { by: number } };
type TallyEvent = { type: 'Counted'; data: { by: number } };
const tallyDecider: Decider<TallyCommand, TallyEvent, { total: number }> = {
  initialState: () => ({ total: 0 }),
  decide: ({ data }, state) => {
    if (state.total + data.by > 10) throw ruleBroken('TALLY.FULL', 'The tally is full');
    return [{ type: 'Counted', data }];
  },
  evolve: (state, event) => ({ total: state.total + event.data.by }),
};

describe("the command loop's alongside", () => {
  const fixture = onTheAppRole();
  let store: PgEventStore;
  let loop: CommandLoop;
  beforeAll(() => ({ store, loop } = fixture));

  const count = (tenantId: string, main: string, other: string, by = 1) =>
    loop.execute({
      stream: streamRef('tally', tenantId, main),
      decider: tallyDecider,
      envelope: { actor: 'p-jenny', correlationId: 'c-1' },
      createsStream: true,
      command: () => ({ type: 'Count' as const, data: { by } }),
      alongside: async () => [
        await loop.decideOn(
          streamRef('tally', tenantId, other),
          tallyDecider,
          () => ({ type: 'Count' as const, data: { by } }),
          { createsStream: true },
        ),
      ],
    });
  const total = async (tenantId: string, id: string) =>
    (await store.readStream(tenantId, `tally-${id}`)).reduce(
      (sum, event) => sum + (event.data as { by: number }).by,
      0,
    );

  it('appends the other stream with the command and reports its version', async () => {
    const tenantId = `tenant-${randomUUID()}`;
    expect(await count(tenantId, 'main', 'other')).toMatchObject({
      version: 1,
      alongside: [{ streamId: 'tally-other', version: 1 }],
    });
    expect([await total(tenantId, 'main'), await total(tenantId, 'other')]).toEqual([1, 1]);
  });

  it('appends nothing when the other stream refuses', async () => {
    const tenantId = `tenant-${randomUUID()}`;
    await count(tenantId, 'other', 'elsewhere', 10);
    await expect(count(tenantId, 'main', 'other')).rejects.toMatchObject({ code: 'TALLY.FULL' });
    expect(await total(tenantId, 'main')).toBe(0);
  });

  it('decides again when the other stream moved between its read and the append', async () => {
    const tenantId = `tenant-${randomUUID()}`;
    // 10 commands on different main streams race for one shared stream: each gets in once.
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, index) => count(tenantId, `main-${index}`, 'shared')),
    );
    const counted = results.filter((result) => result.status === 'fulfilled').length;
    expect(await total(tenantId, 'shared')).toBe(counted);
    const mains = await Promise.all(
      Array.from({ length: 10 }, (_, index) => total(tenantId, `main-${index}`)),
    );
    expect(mains.reduce((sum, value) => sum + value, 0)).toBe(counted);
    expect(counted).toBeGreaterThanOrEqual(3);
  });
});

const range = (length: number) => Array.from({ length }, (_, index) => index + 1);
