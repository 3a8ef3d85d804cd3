import { appendFile, chmod, cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type RunningPostgres, startEmbeddedPostgres } from '#libs/database';
import { freePort } from '#libs/testing';
import { embeddedServers, query, quiet } from './embedded-server-helpers.js';

/** A primary and a hot standby streaming from it, both the service's own embedded servers. */
export interface ReplicaPair {
  primary: RunningPostgres;
  standby: RunningPostgres;
  /** Stops both servers and removes their folders. */
  cleanUp(): Promise<void>;
}

/**
 * Makes a streaming replica from PostgreSQL's own binaries as the npm package ships them. It has
 * initdb, pg_ctl and postgres, but no pg_basebackup: the standby is therefore a file-system copy
 * of the cleanly stopped primary (PostgreSQL's "file system level backup", valid for a stopped
 * server), given the two things `pg_basebackup -R` would write: standby.signal and primary_conninfo.
 */
export async function startReplicaPair(): Promise<ReplicaPair> {
  const servers = embeddedServers();
  const started: RunningPostgres[] = [];
  const cleanUp = async () => {
    for (const server of started) await server.stop().catch(() => {});
    await servers.cleanUp();
  };
  try {
    const primaryDir = servers.tempDataDir();
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir: primaryDir, port, log: quiet });
    started.push(first);
    const admin = adminUrl(first.url);
    // Settings for a primary (the first two are PostgreSQL 17's defaults, set here to say so; a
    // standby refuses to start with fewer senders than the primary had when it was copied).
    await query(admin, `ALTER SYSTEM SET wal_level = 'replica'`);
    await query(admin, 'ALTER SYSTEM SET max_wal_senders = 10');
    await query(admin, `ALTER SYSTEM SET wal_keep_size = '256MB'`);
    const clusterDir = join(primaryDir, 'pg');
    await appendFile(
      join(clusterDir, 'pg_hba.conf'),
      'host replication postgres 127.0.0.1/32 scram-sha-256\n',
    );
    await first.stop();
    started.pop();

    const standbyDir = servers.tempDataDir();
    await cp(primaryDir, standbyDir, { recursive: true, preserveTimestamps: true });
    const standbyCluster = join(standbyDir, 'pg');
    const password = (await readFile(join(primaryDir, 'pg-password'), 'utf8')).trim();
    await writeFile(join(standbyCluster, 'standby.signal'), '');
    await appendFile(
      join(standbyCluster, 'postgresql.auto.conf'),
      `primary_conninfo = 'host=127.0.0.1 port=${port} user=postgres password=${password} application_name=replica'\n`,
    );
    // The copy is root's when we are; startEmbeddedPostgres gives it to the postgres user as it does any cluster.
    await chmod(standbyCluster, 0o700);

    const primary = await startEmbeddedPostgres({ dataDir: primaryDir, port, log: quiet });
    started.push(primary);
    const standby = await startEmbeddedPostgres({ dataDir: standbyDir, port: await freePort(), log: quiet });
    started.push(standby);
    return { primary, standby, cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** The superuser on the maintenance database of the server in url. */
export function adminUrl(url: string): string {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}
