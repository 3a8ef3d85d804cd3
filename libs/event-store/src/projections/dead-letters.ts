import type { EntityManager } from 'typeorm';
import type { LogPosition, StoredEvent } from '../store/types.js';

type Sql = Pick<EntityManager, 'query'>;

/**
 * A dead letter is the record of an event a projection could not apply. Its status:
 * - 'halted': the projection stopped at it: its checkpoint stays just before the event and nothing
 *   later is applied until an operator replays or skips it (at most one per projection).
 * - 'replay': an operator asked for it to be applied again; the owner of the projection does so.
 * - 'applied': a replay succeeded. 'skipped': an operator moved the checkpoint past it.
 */
export type DeadLetterStatus = 'halted' | 'replay' | 'applied' | 'skipped';

/** Where and why a projection stopped. */
export interface Halt {
  position: number;
  eventId: string;
  eventType: string;
  error: string;
  since: Date;
  /** How many times this event has failed (a replay that fails again adds one). */
  attempts: number;
}

export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 4000);
}

/** Halts the projection at `event`, in the transaction that leaves its checkpoint just before it. */
export async function recordHalt(
  db: Sql,
  projection: string,
  event: StoredEvent,
  error: unknown,
): Promise<void> {
  await db.query(
    `INSERT INTO es_dead_letters (projection, global_position, event_id, event_type, error)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (projection, event_id) DO UPDATE SET error = EXCLUDED.error, failed_at = now(),
       status = 'halted', attempts = es_dead_letters.attempts + 1`,
    [projection, event.globalPosition, event.eventId, event.type, describeError(error)],
  );
}

export interface HaltState {
  halted?: Halt;
  /** A replay was asked for: the next committed batch marks it applied. */
  replayPending: boolean;
}

/** Read by the runner before each batch, so a replay or skip from another process is seen on the next poll. */
export async function readHaltState(db: Sql, projection: string): Promise<HaltState> {
  const rows: (HaltRow & { status: DeadLetterStatus })[] = await db.query(
    `SELECT status, global_position, event_id, event_type, error, failed_at, attempts FROM es_dead_letters
     WHERE projection = $1 AND status IN ('halted', 'replay')`,
    [projection],
  );
  const halted = rows.find((row) => row.status === 'halted');
  return {
    halted: halted && haltOf(halted),
    replayPending: rows.some((row) => row.status === 'replay'),
  };
}

/** Replays the checkpoint has now passed succeeded. */
export async function markReplaysApplied(db: Sql, projection: string, through: LogPosition): Promise<void> {
  await db.query(
    `UPDATE es_dead_letters d SET status = 'applied' FROM es_events e
     WHERE d.projection = $1 AND d.status = 'replay' AND e.global_position = d.global_position
       AND (e.transaction_id, e.global_position) <= ($2::xid8, $3)`,
    [projection, through.transactionId, through.globalPosition],
  );
}

export interface HaltRow {
  global_position: string;
  event_id: string;
  event_type: string;
  error: string;
  failed_at: Date;
  attempts: number;
}

export function haltOf(row: HaltRow): Halt {
  return {
    position: Number(row.global_position),
    eventId: row.event_id,
    eventType: row.event_type,
    error: row.error,
    since: row.failed_at,
    attempts: Number(row.attempts),
  };
}
