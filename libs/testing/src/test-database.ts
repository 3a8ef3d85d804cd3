import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { ALL_MIGRATIONS, createDataSource, type DataSourceSettings, runMigrations } from '#libs/database';

export interface TestDatabase {
  url: string;
  /** Terminates its connections and drops it. Idempotent. */
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file, on the server in DATABASE_URL (set by jest's global
 * setup: the machine's server when given, else an embedded one), so test files can run in
 * parallel without seeing each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    throw new Error(
      'DATABASE_URL is not set: run tests through jest (test/support/global-setup.ts provides a server)',
    );
  }
  // Generated, lower-case hex: a safe identifier without quoting games.
  const name = `t_${randomBytes(8).toString('hex')}`;
  await onMaintenanceDatabase(serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropping: Promise<void> | undefined;
  return {
    url: url.toString(),
    drop: () =>
      (dropping ??= onMaintenanceDatabase(serverUrl, async (client) => {
        // FORCE (PostgreSQL 13+) terminates the remaining sessions, e.g. a pool a test forgot to end.
        await client.query(`drop database if exists ${name} with (force)`);
      })),
  };
}

/** Connects to the database named in DATABASE_URL itself, which stays put while test databases come and go. */
async function onMaintenanceDatabase(
  url: string,
  work: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

export interface MigratedTestDataSource {
  dataSource: DataSource;
  url: string;
  /** Destroys the DataSource and drops the database. */
  close(): Promise<void>;
}

/** A fresh test database with every migration applied, and an initialized TypeORM DataSource on it. */
export async function migratedTestDataSource(
  options: Pick<DataSourceSettings, 'entities'> & { poolSize?: number } = {},
): Promise<MigratedTestDataSource> {
  const database = await createTestDatabase();
  const dataSource = createDataSource({
    url: database.url,
    poolSize: options.poolSize ?? 5,
    entities: options.entities,
    migrations: ALL_MIGRATIONS,
  });
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  };
  try {
    await dataSource.initialize();
    await runMigrations(dataSource, { log: () => {} });
  } catch (error) {
    await close();
    throw error;
  }
  return { dataSource, url: database.url, close };
}
