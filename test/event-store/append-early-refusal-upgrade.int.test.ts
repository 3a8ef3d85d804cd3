import type { QueryRunner } from 'typeorm';
import { createPgPool, databaseRoles } from '#libs/database';
import {
  AppendEarlyRefusal1732364000000,
  ConcurrencyError,
  ES_APPEND_SIGNATURE,
  PgEventStore,
} from '#libs/event-store';
import { migratedTestDataSource, type MigratedTestDataSource } from '#libs/testing';
import { newEvent, stream } from './event-store-fixture.js';

/**
 * An existing database moves from the es_append of CommandFingerprints1732300000500 to the one that
 * refuses stale versions early, and back: run as the owner role, as migrateDatabase runs them, its
 * streams go on at their versions through the app login, and es_append stays SECURITY DEFINER with
 * its fixed search_path and EXECUTE for the app role only.
 */
describe('AppendEarlyRefusal1732364000000 on a database with streams (real PostgreSQL)', () => {
  let database: MigratedTestDataSource;
  let owner: QueryRunner;
  let app: ReturnType<typeof createPgPool>;
  let store: PgEventStore;
  const migration = new AppendEarlyRefusal1732364000000();

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
      `SELECT p.prosecdef AS definer, p.proconfig AS config, p.prosrc LIKE '%pg_try_advisory_xact_lock%' AS early,
              has_function_privilege('public', p.oid, 'EXECUTE') AS public_may
       FROM pg_proc p WHERE p.oid = $1::regprocedure`,
      [ES_APPEND_SIGNATURE],
    );
    return row as { definer: boolean; config: string[]; early: boolean; public_may: boolean };
  };

  it('upgrades: streams written by the previous es_append go on at their versions', async () => {
    // Given a database whose es_append is the previous one, with a stream at version 2
    await migration.down(owner);
    expect(await definition()).toMatchObject({ early: false, definer: true, public_may: false });
    await store.append(stream('old'), [newEvent('One'), newEvent('Two')], { expected: 'no_stream' });
    // When the migration runs
    await migration.up(owner);
    // Then es_append refuses early, keeps its privileges and the stream goes on from version 2
    expect(await definition()).toMatchObject({
      early: true,
      definer: true,
      config: [expect.stringMatching(/^search_path=.*pg_temp$/)],
      public_may: false,
    });
    await expect(store.append(stream('old'), [newEvent('Stale')], { expected: 1 })).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    await expect(store.append(stream('old'), [newEvent('Three')], { expected: 2 })).resolves.toMatchObject({
      nextExpectedVersion: 3,
      firstPosition: 3,
    });
    await expect(
      store.append(stream('new'), [newEvent('Only')], { expected: 'no_stream' }),
    ).resolves.toMatchObject({
      nextExpectedVersion: 1,
    });
    await expect(
      store.append(stream('new'), [newEvent('Again')], { expected: 'no_stream' }),
    ).rejects.toMatchObject({
      code: 'EVENT_STORE.VERSION_CONFLICT',
      actual: 1,
    });
    expect((await store.readStream('tenant-a', 'old')).map((e) => [e.type, e.streamPosition])).toEqual([
      ['One', 1],
      ['Two', 2],
      ['Three', 3],
    ]);
  });

  it('downgrades to the previous es_append, which appends on from the new one', async () => {
    await store.append(stream('s'), [newEvent('New')], { expected: 'no_stream' });
    await migration.down(owner);
    expect(await definition()).toMatchObject({ early: false, definer: true, public_may: false });
    await expect(store.append(stream('s'), [newEvent('Old')], { expected: 1 })).resolves.toMatchObject({
      nextExpectedVersion: 2,
    });
    expect(await store.streamVersion('tenant-a', 's')).toBe(2);
  });
});
