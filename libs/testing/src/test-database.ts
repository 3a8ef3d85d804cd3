import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import {
  appLogin,
  createDataSource,
  type DataSourceSettings,
  databaseRoles,
  migrateDatabase,
} from '#libs/database';

export interface TestDatabase {
  /** As the configured admin (DATABASE_URL's user): what the service's migrations use. */
  url: string;
  /** Terminates its connections, drops it and its two roles (once migrations made them). Idempotent. */
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
        // Roles are the server's, not the database's: they outlive it unless dropped. Nothing of
        // theirs is left once the database is gone, so this cannot fail on dependencies.
        const roles = databaseRoles(name);
        await client.query(`drop role if exists ${roles.app}, ${roles.owner}`);
      })),
  };
}

/**
 * Drops the roles of test databases that are gone: a run stopped with Ctrl-C never reached their
 * drop(), and on a shared server (DATABASE_URL) roles outlive their database. A test database's
 * roles are made by a migration inside it, so a role whose database does not exist is a leftover,
 * never one a concurrent run is still setting up.
 */
export async function dropLeftoverTestRoles(serverUrl: string): Promise<string[]> {
  const dropped: string[] = [];
  await onMaintenanceDatabase(serverUrl, async (client) => {
    const { rows } = await client.query<{ role: string }>(
      `SELECT r.rolname AS role FROM pg_roles r
       WHERE r.rolname ~ '^t_[0-9a-f]{16}_(app|owner)$'
         AND NOT EXISTS (SELECT 1 FROM pg_database d WHERE d.datname = substring(r.rolname FROM '^t_[0-9a-f]{16}'))`,
    );
    for (const { role } of rows) {
      // Best effort: another run's drop() may be removing the same role right now.
      await client.query(`drop role if exists ${role}`).then(
        () => dropped.push(role),
        () => undefined,
      );
    }
  });
  return dropped;
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
  /** As the admin, for setting up and looking: it may do what the service's pools may not. */
  dataSource: DataSource;
  url: string;
  /** How the service's pools log in (the app role), prepared as at a service start. */
  appUrl: string;
  /** Destroys the DataSource and drops the database. */
  close(): Promise<void>;
}

/**
 * A fresh test database migrated as the service migrates (migrateDatabase: the owner role, the
 * app role's login), and an initialized TypeORM DataSource on it as the admin.
 */
export async function migratedTestDataSource(
  options: Pick<DataSourceSettings, 'entities'> & { poolSize?: number } = {},
): Promise<MigratedTestDataSource> {
  const database = await createTestDatabase();
  const login = appLogin(database.url);
  const dataSource = createDataSource({
    url: database.url,
    poolSize: options.poolSize ?? 5,
    entities: options.entities,
  });
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  };
  try {
    await migrateDatabase(database.url, { log: () => {} }, { appLogin: login });
    await dataSource.initialize();
  } catch (error) {
    await close();
    throw error;
  }
  return { dataSource, url: database.url, appUrl: login.url, close };
}
