import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { readsGoToReplica } from './read-scope.js';

/**
 * The event store's pool, seen through the read scope: query and connect go to the replica inside
 * runOn('replica', …), to the primary everywhere else. Everything else (end, events, counts) is
 * the primary pool's own; the replica pool is ended by its owner (ReadRouting).
 */
export function routedPool(primary: pg.Pool, replica: pg.Pool): pg.Pool {
  return new Proxy(primary, {
    get(target, property) {
      if (property === 'query' || property === 'connect') {
        return (...args: unknown[]) => {
          const pool = readsGoToReplica() ? replica : target;
          return (pool[property] as (...a: unknown[]) => unknown).apply(pool, args);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** What TypeORM's postgres driver calls for every query runner (repositories, query(), transactions). */
interface PostgresDriverConnections {
  obtainMasterConnection(): Promise<[pg.PoolClient, (error?: unknown) => void]>;
}

/**
 * TypeORM's connections, seen through the read scope as routedPool above. TypeORM's own
 * `replication` option would send every SELECT outside a transaction to the replica (projections
 * and command handlers too) and cannot be told which caller needs its own writes; this routes by
 * the request instead, at the one method every query runner takes its connection from. The
 * replica e2e test (test/database/read-replica.e2e.test.ts) fails should a TypeORM upgrade rename it.
 */
export function routeTypeOrmReads(dataSource: DataSource, replica: pg.Pool): DataSource {
  const driver = dataSource.driver as unknown as PostgresDriverConnections;
  if (typeof driver.obtainMasterConnection !== 'function') {
    throw new Error('TypeORM has no obtainMasterConnection any more: reads cannot be routed to the replica');
  }
  const primary = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = () => (readsGoToReplica() ? connect(replica) : primary());
  return dataSource;
}

function connect(pool: pg.Pool): Promise<[pg.PoolClient, (error?: unknown) => void]> {
  return new Promise((resolve, reject) => {
    pool.connect((error, client, release) => {
      if (error || !client) reject(error ?? new Error('no connection'));
      else resolve([client, release as (error?: unknown) => void]);
    });
  });
}
