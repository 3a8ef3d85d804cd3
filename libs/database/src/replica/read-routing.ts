import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { createPgPool } from '../pg-pool.js';
import { CallerPositions } from './caller-positions.js';
import { routedPool, routeTypeOrmReads } from './routed-pool.js';
import { formatWalPosition, parseWalPosition } from './wal-position.js';

/** How often a replica taken for down is asked again. */
const PROBE_MS = 1_000;

export interface ReadRoutingSettings {
  /** The app login on the primary (the pools' URL). */
  appUrl: string;
  /** DATABASE_READ_URL, or undefined: then nothing is routed and every read stays on the primary. */
  readUrl?: string;
  poolSize: number;
  /** REPLICA_WAIT_MS: how long a caller's read waits for the replica to replay their write. */
  waitMs: number;
  pollMs?: number;
}

/** Why a read request went where it went; the metric's label. */
export type ReadReason =
  /** The caller has no recent write: the replica, at once. */
  | 'no-write'
  /** The replica had replayed the caller's last write, at once or within the wait. */
  | 'replayed'
  /** It had not within REPLICA_WAIT_MS, or could not say: the primary. */
  | 'wait-timed-out'
  | 'replica-error'
  /** A read on the replica lost its connection a moment ago: everyone reads the primary until it answers. */
  | 'replica-down'
  /** The caller's write is still running (a redirect after a POST can overtake its end). */
  | 'write-running';

export interface ReadDecision {
  target: 'replica' | 'primary';
  reason: ReadReason;
  /** Milliseconds spent waiting for the replica, when the caller had a position to wait for. */
  waitedMs?: number;
}

export interface ReplicaStatus {
  status: 'up' | 'down';
  /** WAL bytes the replica has received but not replayed yet, or the primary is ahead by. */
  lagBytes?: number;
  /** now() minus the commit time of the last transaction it replayed (grows while the primary is idle). */
  replayDelaySeconds?: number | null;
  paused?: boolean;
  error?: string;
}

/**
 * Sends the API's reads to a streaming replica, writes and everything else to the primary, and
 * gives a caller their own writes (read-your-writes): after a write the primary's WAL position is
 * noted against the caller, and their next read waits, bounded, for the replica to replay it.
 *
 * How this composes with the read models: the service has no wait-for-projection step, on the
 * primary either. Once the replica has replayed the caller's position, the caller reads at least
 * what the primary had committed when their write ended, so they see what they would have seen on
 * the primary then:
 * - the log itself (every query that folds a stream: a meeting, a group, its history) has their
 *   events;
 * - the read models checked against the log (rm_meetings and rm_groups: a row behind its stream's
 *   version is folded from the stream) show their write, since rows and versions come from the same
 *   replica snapshot;
 * - the other read models (the follow-ups list, HR's overview, documents) follow the worker, as on
 *   the primary: the worker's own later commit reaches the replica a few milliseconds after the
 *   primary. Read-your-writes for those would need the command to wait for the projection's
 *   checkpoint on the primary and note the position after that; nothing in the service waits so today.
 */
export class ReadRouting {
  readonly enabled: boolean;
  private readonly replica?: pg.Pool;
  /** A small pool of its own on the primary, for pg_current_wal_lsn(); not routed. */
  private readonly primary?: pg.Pool;
  private readonly positions = new CallerPositions();
  /** Set while the replica is taken for down; a probe at most every PROBE_MS clears it. */
  private downSince?: number;
  private lastProbe = 0;

  constructor(private readonly settings: ReadRoutingSettings) {
    this.enabled = settings.readUrl !== undefined;
    if (settings.readUrl !== undefined) {
      // A replica that does not answer is given up on soon: its callers' reads go to the primary.
      this.replica = createPgPool(
        replicaLoginUrl(settings.appUrl, settings.readUrl),
        settings.poolSize,
        undefined,
        {
          connectionTimeoutMillis: 2_000,
        },
      );
      this.primary = createPgPool(settings.appUrl, 2);
    }
  }

  /** The event store's pool, routed by the read scope (itself when there is no replica). */
  routePool(pool: pg.Pool): pg.Pool {
    return this.replica ? routedPool(pool, this.replica) : pool;
  }

  routeDataSource(dataSource: DataSource): DataSource {
    return this.replica ? routeTypeOrmReads(dataSource, this.replica) : dataSource;
  }

  /**
   * A write by caller begins. succeeded(): it committed; notes the primary's WAL position against
   * the caller and returns it (for the response header). ended(): once, however it ended.
   */
  beginWrite(caller: string): { succeeded(): Promise<string | undefined>; ended(): void } {
    const ended = this.positions.beginWrite(caller);
    return {
      succeeded: async () => {
        if (!this.primary) return undefined;
        const { rows } = await this.primary.query<{ lsn: string }>(
          'SELECT pg_current_wal_lsn()::text AS lsn',
        );
        const position = parseWalPosition(rows[0].lsn)!;
        this.positions.note(caller, position);
        return formatWalPosition(position);
      },
      ended,
    };
  }

  /**
   * Where caller's read goes. echoed: a position the client sent back (Samverkan-Read-After),
   * from a write this process may not have seen.
   */
  async decide(caller: string, echoed?: bigint): Promise<ReadDecision> {
    if (this.positions.isWriting(caller)) return { target: 'primary', reason: 'write-running' };
    if (this.looksDown()) return { target: 'primary', reason: 'replica-down' };
    const noted = this.positions.positionOf(caller);
    const position = noted === undefined || (echoed !== undefined && echoed > noted) ? echoed : noted;
    if (position === undefined) return { target: 'replica', reason: 'no-write' };
    const started = Date.now();
    try {
      const replayed = await this.waitUntilReplayed(position);
      const waitedMs = Date.now() - started;
      return replayed
        ? { target: 'replica', reason: 'replayed', waitedMs }
        : { target: 'primary', reason: 'wait-timed-out', waitedMs };
    } catch {
      this.markDown();
      return { target: 'primary', reason: 'replica-error', waitedMs: Date.now() - started };
    }
  }

  /**
   * The replica did not answer (a wait above, or a read that lost its connection, which the API's
   * interceptor reports): the next reads go to the primary until a probe gets an answer.
   */
  markDown(): void {
    this.downSince ??= Date.now();
  }

  private looksDown(): boolean {
    if (this.downSince === undefined) return false;
    if (Date.now() - this.lastProbe >= PROBE_MS) {
      this.lastProbe = Date.now();
      this.replica!.query('SELECT 1').then(
        () => (this.downSince = undefined),
        () => undefined,
      );
    }
    return true;
  }

  private async waitUntilReplayed(position: bigint): Promise<boolean> {
    const deadline = Date.now() + this.settings.waitMs;
    for (;;) {
      // A server not in recovery is a primary: what it has, it shows (a read URL pointing at the
      // primary itself, as in a developer's setup).
      const { rows } = await this.replica!.query<{ replayed: boolean }>(
        `SELECT CASE WHEN pg_is_in_recovery() THEN coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false)
                ELSE true END AS replayed`,
        [formatWalPosition(position)],
      );
      if (rows[0].replayed) return true;
      if (Date.now() >= deadline) return false;
      await sleep(Math.min(this.settings.pollMs ?? 10, Math.max(1, deadline - Date.now())));
    }
  }

  /** For /health/ready: how far behind the replica is; undefined without one. Never throws. */
  async status(): Promise<ReplicaStatus | undefined> {
    if (!this.replica || !this.primary) return undefined;
    try {
      const [{ rows: head }, { rows: replica }] = await Promise.all([
        this.primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn'),
        this.replica.query<{ lsn: string | null; delay: number | null; paused: boolean }>(
          `SELECT pg_last_wal_replay_lsn()::text AS lsn,
                  extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS delay,
                  CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() ELSE false END AS paused`,
        ),
      ]);
      const primaryAt = parseWalPosition(head[0].lsn)!;
      const replicaAt = parseWalPosition(replica[0].lsn ?? undefined) ?? primaryAt;
      const lagBytes = primaryAt > replicaAt ? Number(primaryAt - replicaAt) : 0;
      return { status: 'up', lagBytes, replayDelaySeconds: replica[0].delay, paused: replica[0].paused };
    } catch (error) {
      return { status: 'down', error: error instanceof Error ? error.message : String(error) };
    }
  }

  async end(): Promise<void> {
    await Promise.all([this.replica?.end(), this.primary?.end()]);
  }
}

/**
 * The app login (user, password) at the replica's address: a physical replica has the primary's
 * roles and passwords, so the login migrations prepared on the primary works there as well.
 */
export function replicaLoginUrl(appUrl: string, readUrl: string): string {
  const app = new URL(appUrl);
  const read = new URL(readUrl);
  app.host = read.host;
  if (read.pathname.length > 1) app.pathname = read.pathname;
  for (const [key, value] of read.searchParams) app.searchParams.set(key, value);
  return app.toString();
}
