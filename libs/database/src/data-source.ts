import { Logger } from '@nestjs/common';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { TypeOrmLogger } from './typeorm-logger.js';

type PostgresOptions = Extract<DataSourceOptions, { type: 'postgres' }>;

export interface DataSourceSettings {
  url: string;
  poolSize: number;
  entities?: PostgresOptions['entities'];
  migrations?: PostgresOptions['migrations'];
  /**
   * A role every connection takes at start (`-c role=…` in the startup packet): migrations run as
   * the owner role this way while logging in as the configured admin.
   */
  role?: string;
}

/** Schema changes come from reviewed migrations only, run explicitly at start (runMigrations). */
export function createDataSource({
  url,
  poolSize,
  entities = [],
  migrations = [],
  role,
}: DataSourceSettings): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    applicationName: 'samverkan',
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsRun: false,
    synchronize: false,
    extra: { max: poolSize, ...(role ? { options: `-c role=${startupValue(role)}` } : {}) },
    logger: new TypeOrmLogger(),
  });
}

/** Runs pending migrations, each in its own transaction, so a failure keeps the earlier ones. */
export async function runMigrations(
  dataSource: DataSource,
  log: Pick<Logger, 'log'> = new Logger('Migrations'),
): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  for (const migration of applied) log.log(`Applied migration ${migration.name}`);
  return applied.map((migration) => migration.name);
}

/** A value in libpq's `options`: spaces and backslashes are escaped with a backslash. */
function startupValue(value: string): string {
  return value.replace(/[\\\s]/g, (char) => `\\${char}`);
}
