import type { DataSource, EntityManager } from 'typeorm';
import { readCheckpoint, writeCheckpoint } from './checkpoints.js';
import { type DeadLetterStatus, type Halt, type HaltRow, haltOf } from './dead-letters.js';
import { projectionError } from './projection-errors.js';

type Sql = Pick<EntityManager, 'query'>;

/** One dead letter as the operator sees it. */
export interface DeadLetter extends Halt {
  projection: string;
  status: DeadLetterStatus;
  /** Who last asked for a replay or skipped it, and when. */
  handledBy: string | null;
  handledAt: Date | null;
}

const COLUMNS =
  'projection, status, global_position, event_id, event_type, error, failed_at, attempts, handled_by, handled_at';

type DeadLetterRow = HaltRow & {
  projection: string;
  status: DeadLetterStatus;
  handled_by: string | null;
  handled_at: Date | null;
};

const deadLetterOf = (row: DeadLetterRow): DeadLetter => ({
  projection: row.projection,
  status: row.status,
  ...haltOf(row),
  handledBy: row.handled_by,
  handledAt: row.handled_at,
});

/** Every dead letter, halts first, then the newest. */
export async function listDeadLetters(db: Sql, limit = 200): Promise<DeadLetter[]> {
  const rows: DeadLetterRow[] = await db.query(
    `SELECT ${COLUMNS} FROM es_dead_letters
     ORDER BY status = 'halted' DESC, failed_at DESC LIMIT $1`,
    [limit],
  );
  return rows.map(deadLetterOf);
}

export async function readDeadLetter(
  db: Sql,
  projection: string,
  eventId: string,
): Promise<DeadLetter | undefined> {
  const rows: DeadLetterRow[] = await db.query(
    `SELECT ${COLUMNS} FROM es_dead_letters WHERE projection = $1 AND event_id = $2`,
    [projection, eventId],
  );
  return rows[0] && deadLetterOf(rows[0]);
}

/**
 * Lifts the halt so the projection's owner applies the event again on its next poll (and halts
 * again if it still fails). Returns the event, or undefined when the projection was not halted.
 */
export async function markForReplay(db: Sql, projection: string, by: string): Promise<Halt | undefined> {
  // Through a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count], a SELECT with rows.
  const rows: HaltRow[] = await db.query(
    `WITH lifted AS (
       UPDATE es_dead_letters SET status = 'replay', handled_by = $2, handled_at = now()
       WHERE projection = $1 AND status = 'halted'
       RETURNING global_position, event_id, event_type, error, failed_at, attempts)
     SELECT * FROM lifted`,
    [projection, by],
  );
  return rows[0] && haltOf(rows[0]);
}

/**
 * Moves a halted projection's checkpoint past the event it is halted at, recording who did it. The
 * event stays unapplied for good (a rebuild applies it again). `position` must name the halt, so an
 * operator never skips an event they did not look at. Serialised with the runner by the checkpoint's
 * row lock: a batch the runner read before the skip is refused as stale.
 */
export async function skipHaltedEvent(
  dataSource: DataSource,
  projection: string,
  position: number,
  by: string,
): Promise<Halt> {
  return dataSource.transaction(async (manager) => {
    await readCheckpoint(manager, projection, true);
    const rows: (HaltRow & { transaction_id: string })[] = await manager.query(
      `SELECT d.global_position, d.event_id, d.event_type, d.error, d.failed_at, d.attempts, e.transaction_id::text
       FROM es_dead_letters d JOIN es_events e ON e.global_position = d.global_position
       WHERE d.projection = $1 AND d.status = 'halted'`,
      [projection],
    );
    if (rows.length === 0) throw projectionError.notHalted(projection);
    const halt = haltOf(rows[0]);
    if (halt.position !== position) throw projectionError.haltedElsewhere(projection, position, halt);
    // The checkpoint is just before the event (the runner halted there): this passes exactly it.
    await writeCheckpoint(manager, projection, {
      transactionId: rows[0].transaction_id,
      globalPosition: position,
    });
    await manager.query(
      `UPDATE es_dead_letters SET status = 'skipped', handled_by = $3, handled_at = now()
       WHERE projection = $1 AND event_id = $2`,
      [projection, halt.eventId, by],
    );
    return halt;
  });
}
