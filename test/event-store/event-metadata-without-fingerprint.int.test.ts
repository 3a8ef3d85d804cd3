import type { QueryRunner } from 'typeorm';
import { createPgPool, databaseRoles } from '#libs/database';
import {
  ES_APPEND_SIGNATURE,
  EventMetadataWithoutFingerprint1732367000000,
  PgEventStore,
} from '#libs/event-store';
import { migratedTestDataSource, type MigratedTestDataSource } from '#libs/testing';
import { newEvent, stream } from './event-store-fixture.js';

/**
 * es_append keeps the request's fingerprint in es_commands only (migration 1732367000000): the
 * stored events no longer repeat it in their metadata, the command id stays, and a database with
 * events from before moves over (and back) as migrateDatabase runs migrations, as the owner role.
 */
describe('EventMetadataWithoutFingerprint1732367000000 (real PostgreSQL)', () => {
  let database: MigratedTestDataSource;
  let owner: QueryRunner;
  let app: ReturnType<typeof createPgPool>;
  let store: PgEventStore;
  const migration = new EventMetadataWithoutFingerprint1732367000000();
  const command = { commandId: 'cmd-1', fingerprint: 'f'.repeat(64) };

  beforeEach(async () => {
    database = await migratedTestDataSource();
    owner = database.dataSource.createQueryRunner();
    await owner.query(`SET ROLE ${databaseRoles(new URL(database.url).pathname.slice(1)).owner}`);
    app = createPgPool(database.appUrl, 2);
    store = new PgEventStore(app);
  });
  afterEach(async () => {
    await owner.release();
    await app.end();
    await database.close();
  });

  const definition = async () => {
    const [row] = await owner.query(
      `SELECT p.prosecdef AS definer, p.proconfig AS config, p.prosrc LIKE '%- ''fingerprint''%' AS lean,
              has_function_privilege('public', p.oid, 'EXECUTE') AS public_may
       FROM pg_proc p WHERE p.oid = $1::regprocedure`,
      [ES_APPEND_SIGNATURE],
    );
    return row as { definer: boolean; config: string[]; lean: boolean; public_may: boolean };
  };
  const metadataOf = async (streamId: string) =>
    (await store.readStream('tenant-a', streamId)).map((event) => event.metadata);

  it('stores events with their command id and without the fingerprint, which es_commands keeps', async () => {
    await store.append(stream('s'), [{ ...newEvent('One'), metadata: { actor: 'p-1' } }, newEvent('Two')], {
      expected: 'no_stream',
      ...command,
    });
    expect(await metadataOf('s')).toEqual([{ actor: 'p-1', commandId: 'cmd-1' }, { commandId: 'cmd-1' }]);
    expect(await store.processedCommand('tenant-a', 'cmd-1')).toEqual({
      streamId: 's',
      nextExpectedVersion: 2,
      fingerprint: command.fingerprint,
    });
    // The same command again is answered as the first time and appends nothing.
    await expect(
      store.append(stream('s'), [newEvent('One')], { expected: 'no_stream', ...command }),
    ).resolves.toMatchObject({ nextExpectedVersion: 2, replayed: true });
    expect(await store.streamVersion('tenant-a', 's')).toBe(2);
  });

  it('upgrades a database with events that carry the fingerprint, and goes back', async () => {
    // Given the previous es_append and an event stored by it
    await migration.down(owner);
    expect(await definition()).toMatchObject({ lean: false, definer: true, public_may: false });
    await store.append(stream('old'), [newEvent('Before')], { expected: 'no_stream', ...command });
    expect(await metadataOf('old')).toEqual([{ commandId: 'cmd-1', fingerprint: command.fingerprint }]);
    // When the migration runs
    await migration.up(owner);
    // Then es_append keeps its privileges, the old event is as it was, a new one has no fingerprint
    expect(await definition()).toMatchObject({
      lean: true,
      definer: true,
      config: [expect.stringMatching(/^search_path=.*pg_temp$/)],
      public_may: false,
    });
    await store.append(stream('old'), [newEvent('After')], {
      expected: 1,
      commandId: 'cmd-2',
      fingerprint: 'e'.repeat(64),
    });
    expect(await metadataOf('old')).toEqual([
      { commandId: 'cmd-1', fingerprint: command.fingerprint },
      { commandId: 'cmd-2' },
    ]);
    expect((await store.processedCommand('tenant-a', 'cmd-2'))?.fingerprint).toBe('e'.repeat(64));
    // And down restores the previous es_append, which appends on at the stream's version
    await migration.down(owner);
    expect(await definition()).toMatchObject({ lean: false, definer: true, public_may: false });
    await expect(store.append(stream('old'), [newEvent('Later')], { expected: 2 })).resolves.toMatchObject({
      nextExpectedVersion: 3,
    });
  });
});
