import pg from 'pg';
import { createTestDatabase, migratedTestDataSource } from '#libs/testing';

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

const nameOf = (url: string) => new URL(url).pathname.slice(1);

describe('createTestDatabase', () => {
  it('creates a database of its own on the DATABASE_URL server, and drop() removes it despite open sessions', async () => {
    const database = await createTestDatabase();
    const name = nameOf(database.url);
    expect(name).toMatch(/^t_[0-9a-f]{16}$/);
    expect(new URL(database.url).host).toBe(new URL(process.env.DATABASE_URL!).host);

    const forgotten = new pg.Client({ connectionString: database.url });
    forgotten.on('error', () => {}); // it is about to be terminated
    await forgotten.connect();
    expect((await forgotten.query('select current_database() as db')).rows).toEqual([{ db: name }]);

    await database.drop();
    await database.drop(); // idempotent

    expect(await databaseExists(name)).toBe(false);
    await forgotten.end().catch(() => {});
  });

  it('gives parallel callers different databases', async () => {
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      expect(a.url).not.toBe(b.url);
    } finally {
      await Promise.all([a.drop(), b.drop()]);
    }
  });
});

describe('migratedTestDataSource', () => {
  it('returns an initialized DataSource with the migrations table, and close() drops the database', async () => {
    const { dataSource, url, close } = await migratedTestDataSource();

    expect(dataSource.isInitialized).toBe(true);
    expect(await dataSource.query("select to_regclass('schema_migrations') is not null as present")).toEqual([
      { present: true },
    ]);
    await close();

    expect(dataSource.isInitialized).toBe(false);
    expect(await databaseExists(nameOf(url))).toBe(false);
  });
});
