import type { DataSource } from 'typeorm';
import { EventStoreError } from '../store/errors.js';
import { LOG_START } from '../store/types.js';
import { readCheckpoint, writeCheckpoint } from './checkpoints.js';
import { readHaltState } from './dead-letters.js';
import { markForReplay } from './halt-commands.js';
import { projectionError } from './projection-errors.js';
import type { ProjectionRunner } from './projection-runner.js';
import type { ProjectionLeases } from './projection-leases.js';
import { rebuildIntoShadow } from './rebuild-shadow.js';

export interface RebuildProgress {
  processed: number;
  total: number;
  /** Events replayed per second so far, and the time left at that pace (in progress reports only). */
  eventsPerSecond?: number;
  secondsLeft?: number;
}

/**
 * Rebuilds a read model from zero. A projection that declares its tables is rebuilt into shadow
 * tables and swapped in (rebuild-shadow.ts): reads go on answering from the old model meanwhile.
 * The others are rebuilt in place, as follows. The reset (empty the read model, checkpoint to the start) is
 * one transaction, so readers never see a half-emptied model paired with an old checkpoint. Then,
 * if no other process owns the projection, this process replays it; if a worker owns it, the
 * worker's own loop replays it (its in-flight batch is refused by the checkpoint comparison) and
 * this only reports progress. A halt is lifted for the replay (a rebuild usually follows a fix);
 * if the event still fails, the projection halts there again and the rebuild says so.
 */
export async function rebuildProjection(
  runner: ProjectionRunner,
  dataSource: DataSource,
  leases: ProjectionLeases,
  report: (progress: RebuildProgress) => unknown = () => undefined,
): Promise<RebuildProgress> {
  const { projection } = runner;
  if (projection.kind !== 'read-model' || (!projection.reset && !projection.tables)) {
    throw new EventStoreError(
      'PROJECTION.NOT_REBUILDABLE',
      `${projection.name} has side effects and is never replayed`,
    );
  }
  await runner.prepare();
  const onProgress = withRate(report);
  if (projection.tables) {
    const { processed, total } = await rebuildIntoShadow(
      runner,
      dataSource,
      leases,
      await countFencedEvents(dataSource),
      onProgress,
    );
    return { processed, total };
  }
  await dataSource.transaction(async (manager) => {
    await readCheckpoint(manager, projection.name, true);
    await projection.reset!({ manager, replaying: true });
    await writeCheckpoint(manager, projection.name, LOG_START);
    await manager.query('UPDATE es_checkpoints SET rebuilt_at = now() WHERE projection = $1', [
      projection.name,
    ]);
    await markForReplay(manager, projection.name, 'rebuild');
  });
  const total = await countFencedEvents(dataSource);
  const progress = { processed: 0, total };
  await onProgress(progress);
  if (await leases.tryAcquire(projection.name)) {
    try {
      for (;;) {
        const outcome = await runner.processBatch();
        if (outcome.halted) throw projectionError.halted(projection.name, outcome.halted);
        if (outcome.processed === 0 && !outcome.stale) break;
        progress.processed += outcome.processed;
        await onProgress({ ...progress, total: Math.max(total, progress.processed) });
      }
    } finally {
      await leases.release(projection.name);
    }
    return { processed: progress.processed, total: Math.max(total, progress.processed) };
  }
  return watchOtherOwner(dataSource, projection.name, total, onProgress);
}

/** Adds the pace and the time left to each report, measured from the first. */
function withRate(
  report: (progress: RebuildProgress) => unknown,
): (progress: RebuildProgress) => Promise<void> {
  const started = performance.now();
  return async (progress) => {
    const seconds = (performance.now() - started) / 1000;
    const eventsPerSecond = seconds > 0 ? progress.processed / seconds : 0;
    const left = Math.max(0, progress.total - progress.processed);
    const secondsLeft = eventsPerSecond > 0 ? left / eventsPerSecond : left === 0 ? 0 : undefined;
    await report({ ...progress, eventsPerSecond, secondsLeft });
  };
}

/** How long the owning process may show no progress before the rebuild command gives up. */
const STALLED_AFTER_MS = 30_000;

async function watchOtherOwner(
  dataSource: DataSource,
  name: string,
  total: number,
  onProgress: (p: RebuildProgress) => Promise<void>,
): Promise<RebuildProgress> {
  let lastProcessed = -1;
  let lastMovedAt = Date.now();
  for (;;) {
    const rows: { done: string }[] = await dataSource.query(
      `SELECT count(*) AS done FROM es_events e, es_checkpoints c
       WHERE c.projection = $1 AND (e.transaction_id, e.global_position) <= (c.transaction_id, c.global_position)`,
      [name],
    );
    const processed = Number(rows[0].done);
    await onProgress({ processed, total });
    const { halted } = await readHaltState(dataSource.manager, name);
    if (halted) throw projectionError.halted(name, halted);
    if (processed >= total) return { processed, total };
    if (processed !== lastProcessed) {
      lastProcessed = processed;
      lastMovedAt = Date.now();
    }
    if (Date.now() - lastMovedAt > STALLED_AFTER_MS) {
      throw new EventStoreError(
        'PROJECTION.OWNER_STALLED',
        `the process that owns ${name} made no progress for ${STALLED_AFTER_MS / 1000} s (is it failing? see /health); the read model was reset and will be replayed when it recovers`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function countFencedEvents(dataSource: DataSource): Promise<number> {
  const rows: { n: string }[] = await dataSource.query(
    'SELECT count(*) AS n FROM es_events WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())',
  );
  return Number(rows[0].n);
}
