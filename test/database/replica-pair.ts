import { execFile } from 'node:child_process';
import { appendFile, chmod, chown, cp, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type PostgresBinaries, type RunningPostgres, startEmbeddedPostgres } from '#libs/database';
import { freePort } from '#libs/testing';
import type { DebianPostgres } from './debian-postgres.js';
import { embeddedServers, query, quiet } from './embedded-server-helpers.js';

const run = promisify(execFile);

/** A primary and a hot standby streaming from it, both run as the service runs its embedded server. */
export interface ReplicaPair {
  primary: RunningPostgres;
  standby: RunningPostgres;
  /** The data folders (each server's cluster is in <dir>/pg). */
  primaryDir: string;
  standbyDir: string;
  /** Stops both servers and removes their folders. */
  cleanUp(): Promise<void>;
}

/** The configured primary, as a strategy sees it. */
export interface PrimaryCluster {
  /** Its data folder: the cluster in <dataDir>/pg, the superuser's password in <dataDir>/pg-password. */
  dataDir: string;
  port: number;
  /** The superuser's (`postgres`), who also logs in for replication. */
  password: string;
}

/** How the standby's cluster is made from the primary's. */
export interface StandbyStrategy {
  /** The programs both servers run; unset: the npm package's. */
  binaries?: PostgresBinaries;
  /** A base backup needs the primary running; a file copy needs it stopped. */
  fromRunningPrimary: boolean;
  /** Makes <standbyDir>/pg (and <standbyDir>/pg-password) from the primary. */
  makeStandby(primary: PrimaryCluster, standbyDir: string): Promise<void>;
}

/**
 * The npm package's binaries have initdb, pg_ctl and postgres, but no pg_basebackup: the standby is
 * a file-system copy of the cleanly stopped primary (PostgreSQL's "file system level backup", valid
 * for a stopped server), given the two things `pg_basebackup -R` would write: standby.signal and
 * primary_conninfo. What `npm test` runs, needing nothing but npm.
 */
export const copyOfStoppedPrimary: StandbyStrategy = {
  fromRunningPrimary: false,
  async makeStandby(primary, standbyDir) {
    await cp(primary.dataDir, standbyDir, { recursive: true, preserveTimestamps: true });
    const standbyCluster = join(standbyDir, 'pg');
    await writeFile(join(standbyCluster, 'standby.signal'), '');
    await appendFile(
      join(standbyCluster, 'postgresql.auto.conf'),
      `primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=postgres password=${primary.password} application_name=replica'\n`,
    );
    // The copy is root's when we are; startEmbeddedPostgres gives it to the postgres user as it does any cluster.
    await chmod(standbyCluster, 0o700);
  },
};

/**
 * The real tool: both servers run an installation's own programs (Debian's, which ship
 * pg_basebackup), and the standby is nothing but `pg_basebackup -R -X stream` from the running
 * primary. -R writes standby.signal and primary_conninfo (with the password it was given), -X
 * stream copies the WAL of the backup's own span over a second connection.
 */
export function baseBackupWith(postgres: DebianPostgres): StandbyStrategy {
  return {
    binaries: postgres,
    fromRunningPrimary: true,
    async makeStandby(primary, standbyDir) {
      // As the OS user the primary runs as (postgres, when we are root), as an operator would: the
      // files it writes are then the standby server's own, mode 0700 as postgres wants them.
      const owner = await stat(join(primary.dataDir, 'pg'));
      const asOwner = process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {};
      if (asOwner.uid !== undefined) await chown(standbyDir, owner.uid, owner.gid);
      const args = ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres'];
      args.push('-D', join(standbyDir, 'pg'), '-R', '-X', 'stream');
      // A fast checkpoint (not one spread over minutes) and never a password prompt.
      args.push('--checkpoint=fast', '--no-password');
      try {
        await run(postgres.pg_basebackup, args, {
          ...asOwner,
          cwd: standbyDir,
          env: { ...process.env, PGPASSWORD: primary.password },
        });
      } catch (error) {
        const { stderr } = error as { stderr?: string };
        throw new Error(`pg_basebackup ${args.join(' ')} failed: ${stderr?.trim() || error}`, {
          cause: error,
        });
      }
      // Beside the cluster, not in it: where startEmbeddedPostgres reads the superuser's password
      // (a physical copy has the primary's roles and passwords).
      await writeFile(join(standbyDir, 'pg-password'), `${primary.password}\n`, { mode: 0o600 });
    },
  };
}

/** Starts a primary, configures it for streaming replication, and a standby made by the strategy. */
export async function startReplicaPair(
  strategy: StandbyStrategy = copyOfStoppedPrimary,
): Promise<ReplicaPair> {
  const servers = embeddedServers();
  const running = new Set<RunningPostgres>();
  const start = async (dataDir: string, port: number) => {
    const server = await startEmbeddedPostgres({ dataDir, port, log: quiet, binaries: strategy.binaries });
    running.add(server);
    return server;
  };
  const stop = async (server: RunningPostgres) => {
    await server.stop();
    running.delete(server);
  };
  const cleanUp = async () => {
    for (const server of running) await server.stop().catch(() => {});
    await servers.cleanUp();
  };
  try {
    const primaryDir = servers.tempDataDir();
    const port = await freePort();
    const first = await start(primaryDir, port);
    const admin = adminUrl(first.url);
    // Settings for a primary (the first two are the defaults since PostgreSQL 10, set here to say
    // so; a standby refuses to start with fewer senders than the primary had when it was copied).
    await query(admin, `ALTER SYSTEM SET wal_level = 'replica'`);
    await query(admin, 'ALTER SYSTEM SET max_wal_senders = 10');
    await query(admin, `ALTER SYSTEM SET wal_keep_size = '256MB'`);
    await appendFile(
      join(primaryDir, 'pg', 'pg_hba.conf'),
      'host replication postgres 127.0.0.1/32 scram-sha-256\n',
    );
    await stop(first); // wal_level takes a restart

    const password = (await readFile(join(primaryDir, 'pg-password'), 'utf8')).trim();
    let primary = strategy.fromRunningPrimary ? await start(primaryDir, port) : undefined;
    const standbyDir = servers.tempDataDir();
    await strategy.makeStandby({ dataDir: primaryDir, port, password }, standbyDir);
    primary ??= await start(primaryDir, port);
    const standby = await start(standbyDir, await freePort());
    return { primary, standby, primaryDir, standbyDir, cleanUp };
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
