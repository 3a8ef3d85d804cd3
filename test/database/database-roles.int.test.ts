import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import {
  ALL_MIGRATIONS,
  appLogin,
  createDataSource,
  databaseRoles,
  migrateDatabase,
  ROLES_MIGRATION,
  runMigrations,
} from '#libs/database';
import { EVENT_STORE_POOL, PgEventStore } from '#libs/event-store';
import { CoreModule } from '#libs/runtime';
import { createTestDatabase, type TestDatabase } from '#libs/testing';

/**
 * The service's pools, taken from CoreModule as every process builds it, log in as the database's
 * application role, and that role cannot rewrite the log by any of the ways a superuser could.
 */
const INSUFFICIENT_PRIVILEGE = '42501';
const refused = { code: INSUFFICIENT_PRIVILEGE };

let database: TestDatabase;
let moduleRef: TestingModule;
let pool: pg.Pool;
let dataSource: DataSource;
let admin: pg.Client;
let roles: ReturnType<typeof databaseRoles>;

beforeAll(async () => {
  database = await createTestDatabase();
  roles = databaseRoles(new URL(database.url).pathname.slice(1));
  const config = Object.assign(new AppConfig(), { dbPoolSize: 3, logLevel: 'warn' });
  moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ config, databaseUrl: database.url })],
  }).compile();
  await moduleRef.init();
  pool = moduleRef.get(EVENT_STORE_POOL);
  dataSource = moduleRef.get(DataSource);
  admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  // One event, appended as the admin, for the app's refusals to aim at.
  await admin.query(
    `SELECT es_append('t', 'seeded', 'test', 'any', NULL, 'cmd-seeded', ARRAY[$1::uuid], ARRAY['Seeded'],
                      ARRAY[1], ARRAY['{}'::jsonb], ARRAY['{}'::jsonb])`,
    [randomUUID()],
  );
});

afterAll(async () => {
  await admin?.end();
  await moduleRef?.close();
  await database?.drop();
});

/** Each way in, answering rows: the event store's raw pool and TypeORM's DataSource. */
const connections = () =>
  [
    ['the event store pool', async (sql: string) => (await pool.query(sql)).rows],
    ['the TypeORM DataSource', (sql: string): Promise<unknown[]> => dataSource.query(sql)],
  ] as const;

describe('the service logs in as the application role', () => {
  it.each(connections().map(([name]) => name))(
    '%s is the app role itself, a real login that RESET ROLE cannot undo',
    async (name) => {
      const query = connections().find(([each]) => each === name)![1];
      await query('RESET ROLE');
      expect(
        await query(`SELECT current_user AS current, session_user AS session, r.rolsuper AS super
                     FROM pg_roles r WHERE r.rolname = current_user`),
      ).toEqual([{ current: roles.app, session: roles.app, super: false }]);
    },
  );
});

describe('the application role cannot rewrite the log', () => {
  const attempts: [string, string][] = [
    ['UPDATE es_events', 'UPDATE es_events SET data = \'{"forged": true}\''],
    ['DELETE FROM es_events', 'DELETE FROM es_events'],
    ['TRUNCATE es_events', 'TRUNCATE es_events'],
    ['UPDATE es_streams', 'UPDATE es_streams SET version = 0'],
    ['DELETE FROM es_streams', 'DELETE FROM es_streams'],
    [
      'INSERT INTO es_streams',
      "INSERT INTO es_streams (tenant_id, stream_id, stream_type, version) VALUES ('t', 'x', 'test', 9)",
    ],
    ['UPDATE es_commands', "UPDATE es_commands SET result = '{}'"],
    ['DELETE FROM es_commands', 'DELETE FROM es_commands'],
    [
      'INSERT INTO es_commands',
      "INSERT INTO es_commands (tenant_id, command_id, stream_id, result) VALUES ('t', 'c', 's', '{}')",
    ],
    ['ALTER TABLE es_events DISABLE TRIGGER USER', 'ALTER TABLE es_events DISABLE TRIGGER USER'],
    ['ALTER TABLE es_events DISABLE TRIGGER ALL', 'ALTER TABLE es_events DISABLE TRIGGER ALL'],
    ['SET session_replication_role = replica', 'SET session_replication_role = replica'],
    ['SET LOCAL session_replication_role = replica', 'SET LOCAL session_replication_role = replica'],
    ['SET ROLE to the owner', 'SET ROLE <owner>'],
    ['SET SESSION AUTHORIZATION postgres', 'SET SESSION AUTHORIZATION postgres'],
    ["nextval('es_global_position')", "SELECT nextval('es_global_position')"],
    ['CREATE TABLE in the schema', 'CREATE TABLE es_events_shadow (id int)'],
    [
      'CREATE FUNCTION in the schema',
      'CREATE FUNCTION es_forbid_change_too() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
    ],
  ];

  it.each(attempts)('refuses %s', async (_, sql) => {
    // The owner's name is known only once beforeAll has made the database.
    const statement = sql.replace('<owner>', roles.owner);
    for (const [, query] of connections()) await expect(query(statement)).rejects.toMatchObject(refused);
    expect((await admin.query('SELECT count(*)::int AS n FROM es_events')).rows).toEqual([{ n: 1 }]);
  });

  it.each([
    ['without a transaction_id of its own', ''],
    ['with a transaction_id of its own, below every checkpoint', '1'],
  ])('refuses a direct INSERT into es_events %s', async (_, transactionId) => {
    const columns = transactionId ? ', transaction_id' : '';
    const values = transactionId ? `, '${transactionId}'::xid8` : '';
    const insert = `INSERT INTO es_events (tenant_id, stream_id, stream_position, event_id, event_type, data${columns})
                    VALUES ('t', 'forged', 1, '${randomUUID()}', 'Forged', '{}'${values})`;
    for (const [, query] of connections()) await expect(query(insert)).rejects.toMatchObject(refused);
    expect(
      (await admin.query("SELECT count(*)::int AS n FROM es_events WHERE stream_id = 'forged'")).rows,
    ).toEqual([{ n: 0 }]);
  });

  it('still reads the log', async () => {
    const { rows } = await pool.query('SELECT stream_id FROM es_events');
    expect(rows).toEqual([{ stream_id: 'seeded' }]);
  });
});

describe('es_append, the one way in', () => {
  it('appends for the app role, with positions and transaction id set by the database', async () => {
    const store = moduleRef.get(PgEventStore);
    const result = await store.append(
      { tenantId: 't', streamId: 'appended', streamType: 'test' },
      [{ eventId: randomUUID(), type: 'Appended', data: { text: 'Åtgärd' } }],
      { expected: 'no_stream', commandId: `cmd-${randomUUID()}` },
    );
    expect(result).toMatchObject({ nextExpectedVersion: 1, replayed: false });

    const { rows } = await admin.query(
      `SELECT e.global_position::int AS position, e.transaction_id <> '0'::xid8 AS has_xid, s.version::int AS version
       FROM es_events e JOIN es_streams s USING (tenant_id, stream_id) WHERE e.stream_id = 'appended'`,
    );
    expect(rows).toEqual([{ position: result.firstPosition, has_xid: true, version: 1 }]);
    expect((await store.readStream('t', 'appended')).map((event) => event.data)).toEqual([
      { text: 'Åtgärd' },
    ]);
  });

  it('runs as the owner with a fixed search_path, and only the app role and the owner may call it', async () => {
    const { rows } = await admin.query(`
      SELECT p.prosecdef AS definer, p.proconfig AS config, pg_get_userbyid(p.proowner) AS owner,
             has_function_privilege('public', p.oid, 'EXECUTE') AS public_may
      FROM pg_proc p WHERE p.proname = 'es_append'`);
    expect(rows).toEqual([
      { definer: true, config: ['search_path=public, pg_temp'], owner: roles.owner, public_may: false },
    ]);
  });

  it('keeps the triggers: even the owner cannot UPDATE an event', async () => {
    const client = new pg.Client({ connectionString: database.url, options: `-c role=${roles.owner}` });
    await client.connect();
    try {
      await expect(client.query('UPDATE es_events SET data = data')).rejects.toMatchObject({ code: 'ESRO1' });
    } finally {
      await client.end();
    }
  });
});

describe('grants and ownership', () => {
  it('gives the app role SELECT only on the log and the migrations, SELECT and INSERT on the ledger of sealed copies, and full DML on every other table', async () => {
    const { rows } = await pool.query<{ table: string; privileges: string[] }>(`
      SELECT c.relname AS table,
             array(SELECT p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p
                   WHERE has_table_privilege(c.oid, p)) AS privileges
      FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
      ORDER BY 1`);
    const readOnly = ['es_commands', 'es_events', 'es_streams', 'schema_migrations'];
    // An issued copy, once sealed, is never changed or removed (IssuedCopies1732360000000).
    const appendOnly = ['document_seals', 'issued_copies'];
    const privilegesOf = (table: string) =>
      readOnly.includes(table)
        ? ['SELECT']
        : appendOnly.includes(table)
          ? ['SELECT', 'INSERT']
          : ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE'];
    for (const row of rows) {
      expect([row.table, row.privileges]).toEqual([row.table, privilegesOf(row.table)]);
    }
    expect(rows.map((row) => row.table)).toEqual(
      expect.arrayContaining([
        ...readOnly,
        ...appendOnly,
        'es_checkpoints',
        'es_dead_letters',
        'identity_accounts',
        'rm_documents',
      ]),
    );
  });

  it('has every object owned by the owner role, which cannot log in', async () => {
    const { rows } = await admin.query(`
      SELECT DISTINCT pg_get_userbyid(owner) AS owner FROM (
        SELECT relowner AS owner FROM pg_class WHERE relnamespace = 'public'::regnamespace
        UNION ALL SELECT proowner FROM pg_proc WHERE pronamespace = 'public'::regnamespace) o`);
    expect(rows).toEqual([{ owner: roles.owner }]);
    const attributes = await admin.query(
      'SELECT rolname, rolcanlogin, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = ANY($1) ORDER BY 1',
      [[roles.owner, roles.app]],
    );
    expect(attributes.rows).toEqual([
      { rolname: roles.app, rolcanlogin: true, rolsuper: false, rolcreaterole: false, rolcreatedb: false },
      { rolname: roles.owner, rolcanlogin: false, rolsuper: false, rolcreaterole: false, rolcreatedb: false },
    ]);
  });

  it('gives a table a later migration creates (as the owner) to the app role by default', async () => {
    const client = new pg.Client({ connectionString: database.url, options: `-c role=${roles.owner}` });
    await client.connect();
    try {
      await client.query('CREATE TABLE rm_later (id int)');
    } finally {
      await client.end();
    }
    await pool.query('INSERT INTO rm_later VALUES (1)');
    await pool.query('TRUNCATE rm_later');
    await admin.query('DROP TABLE rm_later');
  });
});

describe('migrateDatabase and the roles', () => {
  it('migrates two databases at once, each with roles of its own, and drop() removes them', async () => {
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    const names = [a, b].map((db) => databaseRoles(new URL(db.url).pathname.slice(1)));
    try {
      await Promise.all(
        [a, b].map((db) => migrateDatabase(db.url, { log: () => {} }, { appLogin: appLogin(db.url) })),
      );
      // a's app role, logged in to b's database, may do nothing there.
      const aInB = new URL(appLogin(a.url).url);
      aInB.pathname = new URL(b.url).pathname;
      const client = new pg.Client({ connectionString: aInB.toString() });
      await client.connect();
      try {
        const { rows } = await client.query(
          "SELECT has_table_privilege('es_events', 'SELECT') AS reads, has_function_privilege('es_append(text, text, text, text, bigint, text, uuid[], text[], integer[], jsonb[], jsonb[])', 'EXECUTE') AS appends",
        );
        expect(rows).toEqual([{ reads: false, appends: false }]);
      } finally {
        await client.end();
      }
    } finally {
      await Promise.all([a.drop(), b.drop()]);
    }
    const left = await admin.query('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [
      names.flatMap((name) => [name.owner, name.app]),
    ]);
    expect(left.rows).toEqual([]);
  });

  it('hands a database migrated before the roles existed over to them, data and all', async () => {
    const old = await createTestDatabase();
    try {
      const before = createDataSource({
        url: old.url,
        poolSize: 1,
        migrations: ALL_MIGRATIONS.slice(0, ALL_MIGRATIONS.indexOf(ROLES_MIGRATION)),
      });
      await before.initialize();
      await runMigrations(before, { log: () => {} });
      await before.query(
        `SELECT es_append('t', 'old', 'test', 'any', NULL, NULL, ARRAY[$1::uuid], ARRAY['Old'], ARRAY[1],
                          ARRAY['{}'::jsonb], ARRAY['{}'::jsonb])`,
        [randomUUID()],
      );
      await before.destroy();

      const login = appLogin(old.url);
      // The roles migration and every one after it (later migrations join the list).
      expect(await migrateDatabase(old.url, { log: () => {} }, { appLogin: login })).toEqual(
        ALL_MIGRATIONS.slice(ALL_MIGRATIONS.indexOf(ROLES_MIGRATION)).map((migration) => migration.name),
      );
      const app = new pg.Client({ connectionString: login.url });
      await app.connect();
      try {
        await app.query(
          `SELECT es_append('t', 'old', 'test', 'exact', 1, NULL, ARRAY[$1::uuid], ARRAY['New'], ARRAY[1],
                            ARRAY['{}'::jsonb], ARRAY['{}'::jsonb])`,
          [randomUUID()],
        );
        expect(
          (await app.query("SELECT event_type FROM es_events WHERE stream_id = 'old' ORDER BY 1")).rows,
        ).toEqual([{ event_type: 'New' }, { event_type: 'Old' }]);
        await expect(app.query('DELETE FROM es_events')).rejects.toMatchObject(refused);
      } finally {
        await app.end();
      }
    } finally {
      await old.drop();
    }
  });

  it('is idempotent, and two processes migrating one database at once both succeed', async () => {
    const login = appLogin(database.url);
    const results = await Promise.all([
      migrateDatabase(database.url, { log: () => {} }, { appLogin: login }),
      migrateDatabase(database.url, { log: () => {} }, { appLogin: login }),
    ]);
    expect(results).toEqual([[], []]);
    expect((await pool.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]); // the pools still log in
  });

  it('refuses to start when DATABASE_APP_URL names a login that could rewrite the log', async () => {
    await expect(
      migrateDatabase(
        database.url,
        { log: () => {} },
        { appLogin: appLogin(database.url, { databaseAppUrl: database.url }) },
      ),
    ).rejects.toThrow(
      /is a superuser, bypasses row-level security, is \(a member of\) t_\w+_owner, the owner of the tables, may write es_events, es_streams or es_commands directly; it must be t_\w+_app/,
    );
  });
});
