import type { Pool } from 'pg';
import type { StreamRef } from './types.js';

/** How many events a stream may grow past its newest snapshot before a command takes another. */
export const SNAPSHOT_EVERY = 50;

/**
 * An aggregate's opt-in to snapshots. `schema` names the shape its evolve folds to: change the
 * evolve (or the initial state, or anything they call) and change the schema, or a command would
 * start from a state the new evolve would not have made. Its state must survive JSON exactly
 * (plain objects, arrays, strings, numbers, booleans: no Date, Map, Set or undefined that matters).
 */
export interface SnapshotPolicy {
  schema: string;
  /** Events between snapshots (SNAPSHOT_EVERY when left out). */
  every?: number;
}

/** A state as folded up to `version`. */
export interface Snapshot {
  version: number;
  state: unknown;
}

/**
 * es_snapshots (see the Snapshots migration): derived, best effort. Reading one costs one indexed
 * row; a snapshot is returned only while the event it was folded up to is still the stream's
 * event at that position (a restore of another or shorter history makes it invisible).
 */
export class PgSnapshots {
  constructor(private readonly pool: Pool) {}

  async newest(tenantId: string, streamId: string, schema: string): Promise<Snapshot | undefined> {
    const { rows } = await this.pool.query<{ stream_version: string; state: unknown }>(
      `SELECT s.stream_version, s.state FROM es_snapshots s
       JOIN es_events e ON e.tenant_id = s.tenant_id AND e.stream_id = s.stream_id
                       AND e.stream_position = s.stream_version AND e.event_id = s.event_id
       WHERE s.tenant_id = $1 AND s.stream_id = $2 AND s.state_schema = $3`,
      [tenantId, streamId, schema],
    );
    return rows.length === 0 ? undefined : { version: Number(rows[0].stream_version), state: rows[0].state };
  }

  /**
   * Keeps `state` as the stream's state at `version` under `schema`. A racing writer may have
   * kept a newer one: the newest stays (and one whose event is gone gives way to any). Nothing is
   * written when the stream has no event at `version`. Snapshots of other schemas are dropped.
   */
  async write(stream: StreamRef, schema: string, version: number, state: unknown): Promise<void> {
    await this.pool.query(
      `INSERT INTO es_snapshots (tenant_id, stream_id, state_schema, stream_version, event_id, state)
       SELECT e.tenant_id, e.stream_id, $3, e.stream_position, e.event_id, $5::jsonb FROM es_events e
       WHERE e.tenant_id = $1 AND e.stream_id = $2 AND e.stream_position = $4
       ON CONFLICT (tenant_id, stream_id, state_schema) DO UPDATE
         SET stream_version = EXCLUDED.stream_version, event_id = EXCLUDED.event_id,
             state = EXCLUDED.state, taken_at = now()
         WHERE es_snapshots.stream_version < EXCLUDED.stream_version
            OR NOT EXISTS (SELECT 1 FROM es_events o
                           WHERE o.tenant_id = es_snapshots.tenant_id AND o.stream_id = es_snapshots.stream_id
                             AND o.stream_position = es_snapshots.stream_version
                             AND o.event_id = es_snapshots.event_id)`,
      [stream.tenantId, stream.streamId, schema, version, JSON.stringify(state)],
    );
    await this.pool.query(
      'DELETE FROM es_snapshots WHERE tenant_id = $1 AND stream_id = $2 AND state_schema <> $3',
      [stream.tenantId, stream.streamId, schema],
    );
  }
}
