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
 * Rebuilds a read model without downtime. The replay writes to shadow tables in a schema of its own
 * (`rebuild_<projection>`, each table created LIKE the live one INCLUDING ALL) while readers and the
 * live projection keep the live tables; once the replay has reached the head, one short transaction
 * applies the events it has not seen yet and swaps the shadow in, so a reader sees the old complete
 * model or the new one, never an empty or half-built one.
 *
 * Why a schema on the search_path rather than table names resolved per run: the handlers stay as
 * they are. Every batch of the replay runs in a transaction with `SET LOCAL search_path` putting the
 * shadow schema first, so the projection's unqualified `rm_documents` (its writes and the reads it
 * does of its own rows) resolve to the shadow, and everything it does not declare (es_events, other
 * projections' tables) still resolves to the live schema. The only change to a projection is the
 * list of tables it owns (`Projection.tables`).
 *
 * A shadow left behind by a crash is dropped when the next rebuild of the projection starts; until
 * then the live model is untouched. Two rebuilds of one projection are refused by an advisory lock.
 */
export async function rebuildIntoShadow(
  runner: ProjectionRunner,
  dataSource: DataSource,
  leases: ProjectionLeases,
  total: number,
  onProgress: (progress: ShadowProgress) => Promise<void>,
): Promise<ShadowProgress> {
  const { projection } = runner;
  const tables = projection.tables ?? [];
  const lockName = `rebuild:${projection.name}`;
  if (!(await leases.tryAcquire(lockName))) {
    throw new EventStoreError(
      'PROJECTION.REBUILD_RUNNING',
      `another process is rebuilding ${projection.name} right now`,
    );
  }
  const shadow = await ShadowSchema.create(dataSource, projection.name, tables);
  try {
    const replay = new ShadowReplay(runner, shadow);
    const progress = { processed: 0, total };
    for (;;) {
      const applied = await dataSource.transaction((manager) => replay.nextBatch(manager));
      if (applied === 0) break;
      progress.processed += applied;
      progress.total = Math.max(progress.total, progress.processed);
      await onProgress({ ...progress });
    }
    progress.processed += await dataSource.transaction((manager) => replay.swap(manager));
    progress.total = Math.max(progress.total, progress.processed);
    await onProgress({ ...progress });
    return progress;
  } catch (error) {
    await shadow.drop(dataSource).catch(() => undefined);
    throw error;
  } finally {
    await leases.release(lockName);
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The shadow copies of a projection's tables, and where the live ones are. */
class ShadowSchema {
  private constructor(
    readonly name: string,
    readonly live: string,
    readonly searchPath: string,
    readonly tables: readonly ShadowedTable[],
  ) {}

  static async create(
    dataSource: DataSource,
    projection: string,
    tables: readonly ShadowedTable[],
  ): Promise<ShadowSchema> {
    const name = `rebuild_${projection.toLowerCase().replace(/\W/g, '_')}`;
    const [{ live, path }]: { live: string; path: string }[] = await dataSource.query(
      "SELECT current_schema() AS live, current_setting('search_path') AS path",
    );
    const schema = new ShadowSchema(name, live, `${ident(name)}, ${path}`, tables);
    await dataSource.transaction(async (manager) => {
      // Whatever an earlier rebuild left (a crash, a kill) goes: every rebuild starts empty.
      await manager.query(`DROP SCHEMA IF EXISTS ${ident(name)} CASCADE`);
      await manager.query(`CREATE SCHEMA ${ident(name)}`);
      for (const table of tables) {
        await manager.query(
          `CREATE TABLE ${schema.shadowOf(table)} (LIKE ${schema.liveOf(table)} INCLUDING ALL)`,
        );
      }
    });
    return schema;
  }

  shadowOf(table: ShadowedTable): string {
    return `${ident(this.name)}.${ident(table.name)}`;
  }

  liveOf(table: ShadowedTable): string {
    return `${ident(this.live)}.${ident(table.name)}`;
  }

  /** Points this transaction's unqualified table names at the shadow tables. */
  async enter(db: Sql): Promise<void> {
    await db.query("SELECT set_config('search_path', $1, true)", [this.searchPath]);
  }

  async drop(db: Sql): Promise<void> {
    await db.query(`DROP SCHEMA IF EXISTS ${ident(this.name)} CASCADE`);
  }
}

/** Replays the log into the shadow, then swaps it in. Its position is held here: a crash starts over. */
class ShadowReplay {
  private position: LogPosition = LOG_START;
  private readonly guard = new StreamOrderGuard();

  constructor(
    private readonly runner: ProjectionRunner,
    private readonly shadow: ShadowSchema,
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
   * (readers go on reading the old rows); the events the shadow has not seen are applied to it; then
   * the shadow replaces the live rows and the checkpoint moves to where the shadow is.
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
    for (const table of this.shadow.tables) await replaceLiveTable(manager, this.shadow, table);
    await writeCheckpoint(manager, name, this.position);
    await manager.query('UPDATE es_checkpoints SET rebuilt_at = now() WHERE projection = $1', [name]);
    // The replay passed every event the live projection may be halted at (a rebuild usually follows a fix).
    await manager.query(
      `UPDATE es_dead_letters SET status = 'applied', handled_by = 'rebuild', handled_at = now()
       WHERE projection = $1 AND status IN ('halted', 'replay')`,
      [name],
    );
    await this.shadow.drop(manager);
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

/**
 * A table the projection owns alone is swapped by name (drop the live one, move the shadow in and
 * give its indexes the live names, so later migrations find them): constant time, readers wait only
 * for that moment. A shared table (rows of several projections) cannot be swapped whole: this
 * projection's rows are replaced in place, and readers keep seeing the old rows until the commit.
 */
async function replaceLiveTable(db: Sql, shadow: ShadowSchema, table: ShadowedTable): Promise<void> {
  const live = shadow.liveOf(table);
  if (table.rows) {
    await db.query(`DELETE FROM ${live} WHERE ${table.rows.where}`, [...table.rows.params]);
    await db.query(`INSERT INTO ${live} SELECT * FROM ${shadow.shadowOf(table)}`);
    return;
  }
  const liveIndexes = await indexesOf(db, live);
  await db.query(`DROP TABLE ${live}`);
  await db.query(`ALTER TABLE ${shadow.shadowOf(table)} SET SCHEMA ${ident(shadow.live)}`);
  const movedIndexes = await indexesOf(db, live);
  const renames = movedIndexes.flatMap((moved, index) => {
    const match = liveIndexes.findIndex((old) => old.shape === moved.shape);
    if (match < 0) return [];
    const [old] = liveIndexes.splice(match, 1);
    return old.name === moved.name
      ? []
      : [{ from: moved.name, to: old.name, temporary: `rebuild_swap_${index}` }];
  });
  // Through temporary names, so one index never takes a name another still has.
  for (const { from, temporary } of renames)
    await db.query(`ALTER INDEX ${ident(shadow.live)}.${ident(from)} RENAME TO ${ident(temporary)}`);
  for (const { to, temporary } of renames)
    await db.query(`ALTER INDEX ${ident(shadow.live)}.${ident(temporary)} RENAME TO ${ident(to)}`);
}

/** A table's indexes, each with its definition apart from its name (what LIKE … INCLUDING ALL keeps). */
async function indexesOf(db: Sql, table: string): Promise<{ name: string; shape: string }[]> {
  return db.query(
    `SELECT c.relname AS name,
            i.indisprimary::text || i.indisunique::text || substring(pg_get_indexdef(i.indexrelid) from ' USING .*$') AS shape
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = $1::regclass ORDER BY c.relname`,
    [table],
  );
}
