import type { EntityManager } from 'typeorm';
import type { StoredEvent } from '../store/types.js';

/** Records an event a projection could not handle, so it can be inspected and replayed by hand. */
export async function recordDeadLetter(
  db: Pick<EntityManager, 'query'>,
  projection: string,
  event: StoredEvent,
  error: unknown,
): Promise<void> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  await db.query(
    `INSERT INTO es_dead_letters (projection, global_position, event_id, event_type, error)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (projection, event_id) DO UPDATE SET error = EXCLUDED.error, failed_at = now()`,
    [projection, event.globalPosition, event.eventId, event.type, message.slice(0, 4000)],
  );
}
