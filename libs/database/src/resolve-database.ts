import type { AppConfig } from '#libs/config';
import {
  type EmbeddedPostgresOptions,
  type RunningPostgres,
  startEmbeddedPostgres,
} from './embedded-postgres.js';

/**
 * The one switch between "a server you run" and "our own": DATABASE_URL wins; without it the
 * embedded PostgreSQL under DATA_DIR is started (or reused). Tests go through the same switch.
 */
export async function resolveDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'embeddedPgPort'>,
  log: EmbeddedPostgresOptions['log'],
): Promise<RunningPostgres> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, owned: false, stop: async () => {}, stopWatchdog: () => {} };
  }
  return startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log });
}
