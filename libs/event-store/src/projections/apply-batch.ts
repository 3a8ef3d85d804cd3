import type { EntityManager } from 'typeorm';
import type { StoredEvent } from '../store/types.js';
import { recordDeadLetter } from './dead-letters.js';
import { type Projection, wants } from './projection.js';

/**
 * Applies a batch inside the caller's transaction. The fast path applies the whole batch behind one
 * savepoint; if it throws, the batch is applied again one event at a time, each behind its own
 * savepoint, and the events that still fail become dead letters. The batch's checkpoint then moves
 * past them, so one bad event cannot stall a read model.
 */
export async function applyBatch(
  projection: Projection,
  events: readonly StoredEvent[],
  manager: EntityManager,
  replaying: boolean,
): Promise<number> {
  const wanted = events.filter((event) => wants(projection, event));
  if (wanted.length === 0) return 0;
  const context = { manager, replaying };
  await manager.query('SAVEPOINT projection_batch');
  try {
    await projection.apply(wanted, context);
    await manager.query('RELEASE SAVEPOINT projection_batch');
    return 0;
  } catch {
    await manager.query('ROLLBACK TO SAVEPOINT projection_batch');
  }
  let deadLetters = 0;
  for (const event of wanted) {
    await manager.query('SAVEPOINT projection_event');
    try {
      await projection.apply([event], context);
      await manager.query('RELEASE SAVEPOINT projection_event');
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT projection_event');
      await recordDeadLetter(manager, projection.name, event, error);
      deadLetters += 1;
    }
  }
  return deadLetters;
}
