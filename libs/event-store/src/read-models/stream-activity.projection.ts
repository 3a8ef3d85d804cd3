import type { Projection, ProjectionContext } from '../projections/projection.js';
import type { StoredEvent } from '../store/types.js';

interface StreamTotals {
  tenantId: string;
  streamId: string;
  count: number;
  first: Date;
  last: Date;
  lastType: string;
}

/**
 * Per stream: how many events, when the first and last came, and the last one's type. Small,
 * but a real read model from day one: it gives /health a lag to report and the rebuild command
 * something to rebuild. A batch is folded in memory and written in one statement.
 */
export const streamActivityProjection: Projection = {
  name: 'stream-activity',
  kind: 'read-model',

  async apply(events: readonly StoredEvent[], { manager }: ProjectionContext): Promise<void> {
    const totals = new Map<string, StreamTotals>();
    for (const event of events) {
      const key = `${event.tenantId}/${event.streamId}`;
      const seen = totals.get(key);
      if (seen) {
        seen.count += 1;
        seen.last = event.createdAt;
        seen.lastType = event.type;
      } else {
        totals.set(key, {
          tenantId: event.tenantId,
          streamId: event.streamId,
          count: 1,
          first: event.createdAt,
          last: event.createdAt,
          lastType: event.type,
        });
      }
    }
    const rows = [...totals.values()];
    await manager.query(
      `INSERT INTO rm_stream_activity AS a (tenant_id, stream_id, event_count, first_event_at, last_event_at, last_event_type)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::timestamptz[], $5::timestamptz[], $6::text[])
       ON CONFLICT (tenant_id, stream_id) DO UPDATE SET
         event_count = a.event_count + EXCLUDED.event_count,
         last_event_at = EXCLUDED.last_event_at,
         last_event_type = EXCLUDED.last_event_type`,
      [
        rows.map((r) => r.tenantId),
        rows.map((r) => r.streamId),
        rows.map((r) => r.count),
        rows.map((r) => r.first),
        rows.map((r) => r.last),
        rows.map((r) => r.lastType),
      ],
    );
  },

  // Rebuilt into shadow tables (rebuild-shadow.ts): readers keep the old model meanwhile.
  tables: [{ name: 'rm_stream_activity' }],
};
