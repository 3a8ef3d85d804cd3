import { Logger } from '@nestjs/common';
import pg from 'pg';

/**
 * A raw pg pool for the hot paths (the event store) where TypeORM's overhead shows.
 * An idle client's error (the server restarted, a network blip) is emitted on the pool; with no
 * listener Node treats it as unhandled and the process dies, so log it: the pool replaces the client.
 */
export function createPgPool(
  url: string,
  max: number,
  log: Pick<Logger, 'warn'> = new Logger('PgPool'),
  options: Pick<pg.PoolConfig, 'connectionTimeoutMillis'> = {},
): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'samverkan', ...options });
  pool.on('error', (error: Error & { code?: string }) => {
    // pg-pool's end() resolves before its idle sockets have closed; the server ending them during
    // our own orderly shutdown (57P01) is expected, not a failure worth a warning.
    if (pool.ending && error.code === '57P01') return;
    log.warn(`Idle PostgreSQL connection failed: ${error.message}`);
  });
  return pool;
}
