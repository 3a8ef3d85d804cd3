import type { Logger } from '@nestjs/common';
import pg from 'pg';
import { ALL_MIGRATIONS } from './all-migrations.js';
import { createDataSource, runMigrations } from './data-source.js';

/**
 * Runs pending migrations while holding a server-wide advisory lock, so processes starting
 * together (an API and a worker on a fresh database) take turns instead of racing: TypeORM takes
 * no lock of its own, and two runs collided on "duplicate key … pg_class_relname_nsp_index".
 * The lock is held by a session of its own and released when that session ends.
 */
export async function migrateDatabase(url: string, log: Pick<Logger, 'log'>): Promise<string[]> {
  const lockSession = new pg.Client({ connectionString: url, application_name: 'samverkan-migrations' });
  await lockSession.connect();
  try {
    await lockSession.query("SELECT pg_advisory_lock(hashtextextended('samverkan:migrations', 0))");
    const dataSource = createDataSource({ url, poolSize: 1, migrations: ALL_MIGRATIONS });
    await dataSource.initialize();
    try {
      return await runMigrations(dataSource, log);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lockSession.end();
  }
}
