import type { StoredEvent } from './types.js';

/**
 * The columns every event read selects (from `es_events e`), in the shape `toStoredEvent` expects.
 * The xid8 goes out as text under another name on purpose: an output column named
 * `transaction_id` would capture a bare `ORDER BY transaction_id` (PostgreSQL resolves ORDER BY
 * names against output columns first) and sort '1000' before '961'. That bug once skipped events.
 */
export const EVENT_COLUMNS = `e.global_position, e.transaction_id::text AS transaction_text, e.tenant_id, e.stream_id,
  e.stream_position, e.event_id, e.event_type, e.schema_version, e.data, e.metadata, e.created_at`;

export interface EventRow {
  global_position: string;
  transaction_text: string;
  tenant_id: string;
  stream_id: string;
  stream_position: string;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: Record<string, unknown>;
  created_at: Date;
}

/** bigint columns arrive as strings from pg; positions stay far below 2^53, so numbers are safe. */
export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    eventId: row.event_id,
    type: row.event_type,
    data: row.data,
    schemaVersion: row.schema_version,
    metadata: row.metadata,
    tenantId: row.tenant_id,
    streamId: row.stream_id,
    streamPosition: Number(row.stream_position),
    globalPosition: Number(row.global_position),
    transactionId: row.transaction_text,
    createdAt: row.created_at,
  };
}
