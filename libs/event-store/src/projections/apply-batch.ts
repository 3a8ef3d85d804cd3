import type { EntityManager } from 'typeorm';
import type { StoredEvent } from '../store/types.js';
import { type Projection, wants } from './projection.js';
import { isTransientError } from './transient-errors.js';

export interface BatchApplied {
  /** How many leading events of the batch are applied (all of them unless one failed). */
  applied: number;
  /** The first event the projection could not apply, and why: the projection halts there. */
  failure?: { event: StoredEvent; error: unknown };
}

/**
 * Applies a batch inside the caller's transaction. The fast path applies the whole batch behind one
 * savepoint; if it throws, the batch is applied again one event at a time, each behind its own
 * savepoint, up to the first event that still fails. The events before it are kept; that event and
 * those after it are not: folding later events onto a state missing one would make read models
 * (documents) silently wrong. A transient error (deadlock, timeout, lost connection) is thrown
 * instead, so the whole transaction rolls back and the runner tries it again.
 */
export async function applyBatch(
  projection: Projection,
  events: readonly StoredEvent[],
  manager: EntityManager,
  replaying: boolean,
): Promise<BatchApplied> {
  const wanted = events.filter((event) => wants(projection, event));
  if (wanted.length === 0) return { applied: events.length };
  const context = { manager, replaying };
  await manager.query('SAVEPOINT projection_batch');
  try {
    await projection.apply(wanted, context);
    await manager.query('RELEASE SAVEPOINT projection_batch');
    return { applied: events.length };
  } catch (error) {
    if (isTransientError(error)) throw error;
    await manager.query('ROLLBACK TO SAVEPOINT projection_batch');
  }
  for (const [index, event] of events.entries()) {
    if (!wants(projection, event)) continue;
    await manager.query('SAVEPOINT projection_event');
    try {
      await projection.apply([event], context);
      await manager.query('RELEASE SAVEPOINT projection_event');
    } catch (error) {
      if (isTransientError(error)) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT projection_event');
      return { applied: index, failure: { event, error } };
    }
  }
  return { applied: events.length };
}
