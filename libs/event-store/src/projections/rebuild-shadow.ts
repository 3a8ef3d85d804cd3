import type { DataSource, EntityManager } from 'typeorm';
import { EventStoreError } from '../store/errors.js';
import { LOG_START, type LogPosition, type StoredEvent } from '../store/types.js';
import { applyBatch } from './apply-batch.js';
import { readCheckpoint, writeCheckpoint } from './checkpoints.js';
import { describeError, type Halt } from './dead-letters.js';
import { projectionError } from './projection-errors.js';
import type { ProjectionLeases } from './projection-leases.js';
import type { ProjectionRunner } from './projection-runner.js';
import type { Projection, ShadowedTable } from './projection.js';
import { StreamOrderGuard } from './stream-order-guard.js';

type Sql = Pick<EntityManager, 'query'>;

export interface ShadowProgress {
  processed: number;
  total: number;
}

/**
 * Rebuilds a read model without downtime. The replay writes to shadow tables while readers and the
 * live projection keep the live tables; once the replay has reached the head, one transaction
 * applies the events it has not seen yet and puts the shadow rows in place of the live ones, so a
 * reader sees the old complete model or the new one, never an empty or half-built one.
 *
 * The shadows are temporary tables of one connection the rebuild holds throughout, each created
 * LIKE its live table INCLUDING ALL under the same name. Why:
 * - The handlers stay as they are. A session's temporary tables come first on its search_path
 *   (`pg_temp`, set explicitly too), so on that connection the projection's unqualified
 *   `rm_documents` (its writes and the reads of its own rows) is the shadow, while everything it does
 *   not declare (es_events, other projections' tables) is the live one. The only change to a
 *   projection is the list of tables it owns (`Projection.tables`).
 * - The service logs in as the app role, which may create no table in the live schema (migrations
 *   run as the owner) but may create temporary ones, so no new privilege is needed.
 * - A crash cannot leave a shadow behind: PostgreSQL drops a session's temporary tables when it
 *   ends, and the live model was never touched. Each rebuild's shadows are its own, so two document
 *   projections (which share rm_documents) can be rebuilt side by side.
 *
 * Why the swap copies rows instead of renaming tables: the app role owns no live table and so can
 * neither drop nor rename one. It may delete and insert rows, and under MVCC a reader keeps seeing
 * the old rows until the swap commits, without waiting for it; only the projection's own writers
 * wait. A table shared by several projections (rm_documents) needs that anyway: only this
 * projection's rows are replaced.
 */
export async function rebuildIntoShadow(
  runner: ProjectionRunner,
  dataSource: DataSource,
  leases: ProjectionLeases,
  total: number,
  onProgress: (progress: ShadowProgress) => Promise<void>,
): Promise<ShadowProgress> {
  const { projection } = runner;
  const lock = `rebuild:${projection.name}`;
  if (!(await leases.tryAcquire(lock))) {
    throw new EventStoreError(
      'PROJECTION.REBUILD_RUNNING',
      `another process is rebuilding ${projection.name} right now`,
    );
  }
  const connection = dataSource.createQueryRunner();
  try {
    await connection.connect();
    const shadow = await ShadowTables.create(connection.manager, projection);
    const replay = new ShadowReplay(runner, shadow);
    const progress = { processed: 0, total };
    for (;;) {
      const applied = await connection.manager.transaction((manager) => replay.nextBatch(manager));
      if (applied === 0) break;
      progress.processed += applied;
      progress.total = Math.max(progress.total, progress.processed);
      await onProgress({ ...progress });
    }
    progress.processed += await connection.manager.transaction((manager) => replay.swap(manager));
    progress.total = Math.max(progress.total, progress.processed);
    await onProgress({ ...progress });
    return progress;
  } finally {
    // The connection goes back to the pool: without the shadows, and without the name.
    await connection.query('DISCARD TEMP').catch(() => undefined);
    await connection.query('RESET application_name').catch(() => undefined);
    await connection.release();
    await leases.release(lock);
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The shadow copies of a projection's tables on the rebuild's connection, and where the live ones are. */
class ShadowTables {
  private constructor(
    readonly live: string,
    readonly searchPath: string,
    readonly tables: readonly ShadowedTable[],
  ) {}

  static async create(db: EntityManager, projection: Projection): Promise<ShadowTables> {
    const [{ live, path }]: { live: string; path: string }[] = await db.query(
      "SELECT current_schema() AS live, current_setting('search_path') AS path",
    );
    const shadow = new ShadowTables(live, `pg_temp, ${path}`, projection.tables ?? []);
    // Named, so an operator sees the rebuild in pg_stat_activity (and a test can end it as a crash would).
    await db.query("SELECT set_config('application_name', $1, false)", [`rebuild:${projection.name}`]);
    await db.query('DISCARD TEMP');
    for (const table of shadow.tables) {
      await db.query(
        `CREATE TEMPORARY TABLE ${ident(table.name)} (LIKE ${shadow.liveOf(table)} INCLUDING ALL)`,
      );
    }
    return shadow;
  }

  shadowOf(table: ShadowedTable): string {
    return `pg_temp.${ident(table.name)}`;
  }

  liveOf(table: ShadowedTable): string {
    return `${ident(this.live)}.${ident(table.name)}`;
  }

  /** Puts the shadow tables first for this transaction's unqualified table names (pg_temp is, but say so). */
  async enter(db: Sql): Promise<void> {
    await db.query("SELECT set_config('search_path', $1, true)", [this.searchPath]);
  }
}

/** Replays the log into the shadow, then swaps it in. Its position is held here: a crash starts over. */
class ShadowReplay {
  private position: LogPosition = LOG_START;
  private readonly guard = new StreamOrderGuard();

  constructor(
    private readonly runner: ProjectionRunner,
    private readonly shadow: ShadowTables,
  ) {}

  private get projection(): Projection {
    return this.runner.projection;
  }

  /** Applies the next batch to the shadow; 0 once the replay has reached the head. */
  async nextBatch(manager: EntityManager): Promise<number> {
    const events = await this.runner.readLog(this.position);
    if (events.length === 0) return 0;
    this.guard.verify(events);
    await this.shadow.enter(manager);
    const result = await applyBatch(this.projection, events, manager, true);
    if (result.failure)
      throw projectionError.halted(this.projection.name, haltOf(result.failure.event, result.failure.error));
    this.guard.remember(events);
    this.position = positionOf(events.at(-1)!);
    return events.length;
  }

  /**
   * The swap, in one transaction: the live checkpoint's row lock waits out the live projection's
   * batch in flight (and refuses the next one as stale); the live tables are locked against writes
   * (EXCLUSIVE: readers go on reading the old rows); the events the shadow has not seen are applied
   * to it; then the shadow's rows replace the live ones and the checkpoint moves to the shadow's.
   */
  async swap(manager: EntityManager): Promise<number> {
    const { name } = this.projection;
    await readCheckpoint(manager, name, true);
    for (const table of this.shadow.tables)
      await manager.query(`LOCK TABLE ${this.shadow.liveOf(table)} IN EXCLUSIVE MODE`);
    // This transaction now holds a transaction id, so the fence stops the catch-up below it: what
    // commits later is left to the live projection, which continues from the moved checkpoint.
    let applied = 0;
    await this.shadow.enter(manager);
    for (;;) {
      const events = await this.runner.readLog(this.position);
      if (events.length === 0) break;
      this.guard.verify(events);
      const result = await applyBatch(this.projection, events, manager, true);
      if (result.failure)
        throw projectionError.halted(name, haltOf(result.failure.event, result.failure.error));
      this.guard.remember(events);
      this.position = positionOf(events.at(-1)!);
      applied += events.length;
    }
    for (const table of this.shadow.tables) await replaceLiveRows(manager, this.shadow, table);
    await writeCheckpoint(manager, name, this.position);
    await manager.query('UPDATE es_checkpoints SET rebuilt_at = now() WHERE projection = $1', [name]);
    // The replay passed every event the live projection may be halted at (a rebuild usually follows a fix).
    await manager.query(
      `UPDATE es_dead_letters SET status = 'applied', handled_by = 'rebuild', handled_at = now()
       WHERE projection = $1 AND status IN ('halted', 'replay')`,
      [name],
    );
    return applied;
  }
}

function positionOf(event: StoredEvent): LogPosition {
  return { transactionId: event.transactionId, globalPosition: event.globalPosition };
}

function haltOf(event: StoredEvent, error: unknown): Halt {
  return {
    position: event.globalPosition,
    eventId: event.eventId,
    eventType: event.type,
    error: describeError(error),
    since: new Date(),
    attempts: 1,
  };
}

/** Puts the shadow's rows in place of the live ones (this projection's rows of a shared table). */
async function replaceLiveRows(db: Sql, shadow: ShadowTables, table: ShadowedTable): Promise<void> {
  const live = shadow.liveOf(table);
  await db.query(`DELETE FROM ${live} WHERE ${table.rows?.where ?? 'true'}`, [...(table.rows?.params ?? [])]);
  await db.query(`INSERT INTO ${live} SELECT * FROM ${shadow.shadowOf(table)}`);
}
