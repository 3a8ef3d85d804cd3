import { Logger } from '@nestjs/common';
import pg from 'pg';

/**
 * A raw pg pool for the hot paths (the event store) where TypeORM's overhead shows.
 *
 * Every client gets an error listener of its own for its whole life. pg-pool listens on a client
 * only while it is idle (and re-emits on the pool); while it is checked out nobody does, and a
 * client with no 'error' listener throws: the process dies. That window is real: when PostgreSQL
 * dies its backends each send a FATAL (57P01 "unexpected postmaster exit"), and one that arrives in
 * the same socket read as a query's last message is parsed after the query has completed but before
 * the awaiting code has released the client (pg-event-store's appendQuery). The service then
 * crashed instead of answering 503 until the watchdog had PostgreSQL back (the kill-postgres fault
 * test caught it under load). The failed client is unusable: its next query fails as a lost
 * connection and it is released with that error, which removes it from the pool.
 */
export function createPgPool(
  url: string,
  max: number,
  log: Pick<Logger, 'warn'> = new Logger('PgPool'),
  options: Pick<pg.PoolConfig, 'connectionTimeoutMillis'> = {},
): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'samverkan', ...options });
  pool.on('connect', (client) => {
    let told = false; // once per client: a killed session errs twice (the FATAL, then the socket's end)
    client.on('error', (error: Error & { code?: string }) => {
      // pg-pool's end() resolves before its idle sockets have closed; the server ending them during
      // our own orderly shutdown (57P01) is expected, not a failure worth a warning.
      if (told || (pool.ending && error.code === '57P01')) return;
      told = true;
      log.warn(`PostgreSQL connection failed: ${error.message}`);
    });
  });
  // An idle client's error is also emitted on the pool (which then replaces the client): the
  // client's own listener above has said it, but the pool must listen too, or it would throw.
  pool.on('error', () => {});
  return pool;
}
