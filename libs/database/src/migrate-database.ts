import type { Logger } from '@nestjs/common';
import pg from 'pg';
import { ALL_MIGRATIONS, ROLES_MIGRATION } from './all-migrations.js';
import type { AppLogin } from './app-login.js';
import { checkAppLogin, setAppPassword } from './app-login-check.js';
import { createDataSource, runMigrations } from './data-source.js';
import { type DatabaseRoles, databaseRoles } from './database-roles.js';

export interface MigrateOptions {
  /** When given, the app role gets this login's password (unless it is the operator's) and the login is checked. */
  appLogin?: AppLogin;
}

/**
 * Runs pending migrations while holding a server-wide advisory lock, so processes starting
 * together (an API and a worker on a fresh database) take turns instead of racing: TypeORM takes
 * no lock of its own, and two runs collided on "duplicate key … pg_class_relname_nsp_index".
 * The lock is held by a session of its own and released when that session ends.
 *
 * It logs in with the configured URL (a superuser, or an admin with CREATEROLE), but migrations
 * run as the database's owner role, so what they create is the owner's and the app role's
 * default privileges apply to it. Those up to DatabaseRoles predate that role: on a database that
 * has not had it yet they run first, as the configured user, and DatabaseRoles hands over what
 * they made. Setting the app role's password happens under the same lock: ALTER ROLE from two
 * processes at once fails with "tuple concurrently updated".
 */
export async function migrateDatabase(
  url: string,
  log: Pick<Logger, 'log'>,
  options: MigrateOptions = {},
): Promise<string[]> {
  const lockSession = new pg.Client({ connectionString: url, application_name: 'samverkan-migrations' });
  await lockSession.connect();
  try {
    await lockSession.query("SELECT pg_advisory_lock(hashtextextended('samverkan:migrations', 0))");
    const roles = databaseRoles(await currentDatabase(lockSession));
    const applied: string[] = [];
    if (!(await hasRun(lockSession, ROLES_MIGRATION.name))) {
      const upToRoles = ALL_MIGRATIONS.slice(0, ALL_MIGRATIONS.indexOf(ROLES_MIGRATION) + 1);
      applied.push(...(await migrate(url, upToRoles, undefined, log)));
    }
    await assertOwnerExists(lockSession, roles);
    applied.push(...(await migrate(url, ALL_MIGRATIONS, roles.owner, log)));
    if (options.appLogin) {
      await setAppPassword(lockSession, roles, options.appLogin);
      await checkAppLogin(options.appLogin, roles);
    }
    return applied;
  } finally {
    await lockSession.end();
  }
}

async function migrate(
  url: string,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations: Function[],
  role: string | undefined,
  log: Pick<Logger, 'log'>,
): Promise<string[]> {
  const dataSource = createDataSource({ url, poolSize: 1, migrations, role });
  await dataSource.initialize();
  try {
    return await runMigrations(dataSource, log);
  } finally {
    await dataSource.destroy();
  }
}

async function currentDatabase(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ name: string }>('SELECT current_database() AS name');
  return rows[0]!.name;
}

async function hasRun(client: pg.Client, migration: string): Promise<boolean> {
  // Two statements: a query naming a missing table fails to parse, whatever guards it.
  const { rows } = await client.query<{ table: string | null }>(
    "SELECT to_regclass('schema_migrations')::text AS table",
  );
  if (!rows[0]!.table) return false;
  const found = await client.query('SELECT 1 FROM schema_migrations WHERE name = $1', [migration]);
  return (found.rowCount ?? 0) > 0;
}

/** Roles are not in a pg_dump of one database: a restore onto another server arrives without them. */
async function assertOwnerExists(client: pg.Client, roles: DatabaseRoles): Promise<void> {
  const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [roles.owner]);
  if (rowCount) return;
  throw new Error(
    `The database's roles are missing: ${roles.owner} (and ${roles.app}) do not exist on this server, ` +
      `though the migration that creates them has run. A database restored without its roles (pg_dump ` +
      `does not include them), or renamed? Create them (pg_dumpall --roles-only from the old server), ` +
      `see "Database roles" in the README.`,
  );
}
