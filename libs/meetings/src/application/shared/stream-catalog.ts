import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE_POOL } from '#libs/event-store';
import type { StreamType } from './streams.js';

/**
 * The streams of one type in a tenant, from the store's es_streams table. Listing by folding each
 * stream is fine for the tens of groups a tenant has; a read model replaces it when lists grow.
 */
@Injectable()
export class StreamCatalog {
  constructor(@Inject(EVENT_STORE_POOL) private readonly pool: Pool) {}

  async streamIds(tenantId: string, streamType: StreamType): Promise<string[]> {
    const { rows } = await this.pool.query<{ stream_id: string }>(
      'SELECT stream_id FROM es_streams WHERE tenant_id = $1 AND stream_type = $2 ORDER BY created_at, stream_id',
      [tenantId, streamType],
    );
    return rows.map(({ stream_id }) => stream_id.slice(streamType.length + 1));
  }
}
