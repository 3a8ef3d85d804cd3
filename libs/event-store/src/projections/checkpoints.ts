import type { EntityManager } from 'typeorm';
import { LOG_START, type LogPosition } from '../store/types.js';

type Sql = Pick<EntityManager, 'query'>;

/** Creates the checkpoint row once; a reaction starts at the head so history fires nothing. */
export async function ensureCheckpoint(db: Sql, projection: string, startAtHead: boolean): Promise<void> {
  if (!startAtHead) {
    await db.query('INSERT INTO es_checkpoints (projection) VALUES ($1) ON CONFLICT DO NOTHING', [
      projection,
    ]);
    return;
  }
  // The head is the last event below the fence: nothing before it can still commit.
  await db.query(
    `INSERT INTO es_checkpoints (projection, transaction_id, global_position)
     SELECT $1, coalesce(max(transaction_id), '0'), coalesce(max(global_position), 0) FROM (
       SELECT transaction_id, global_position FROM es_events
       WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY transaction_id DESC, global_position DESC LIMIT 1) head
     ON CONFLICT DO NOTHING`,
    [projection],
  );
}

export async function readCheckpoint(db: Sql, projection: string, lock = false): Promise<LogPosition> {
  const rows: { transaction_id: string; global_position: string }[] = await db.query(
    `SELECT transaction_id::text, global_position FROM es_checkpoints WHERE projection = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [projection],
  );
  if (rows.length === 0) return LOG_START;
  return { transactionId: rows[0].transaction_id, globalPosition: Number(rows[0].global_position) };
}

export async function writeCheckpoint(db: Sql, projection: string, position: LogPosition): Promise<void> {
  await db.query(
    `UPDATE es_checkpoints SET transaction_id = $2::xid8, global_position = $3, updated_at = now()
     WHERE projection = $1`,
    [projection, position.transactionId, position.globalPosition],
  );
}

export function samePosition(a: LogPosition, b: LogPosition): boolean {
  return a.transactionId === b.transactionId && a.globalPosition === b.globalPosition;
}
