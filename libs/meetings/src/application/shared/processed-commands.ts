import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE_POOL } from '#libs/event-store';

export interface ProcessedCommand {
  streamId: string;
  /** The stream's version right after the command's events were appended. */
  nextExpectedVersion: number;
}

/**
 * The command ids the store has recorded (es_commands), looked up *before* deciding: a retried
 * "schedule" would otherwise be refused as already scheduled instead of answered as the first time.
 * The store answers replays itself only at append, after the decider has run.
 * (A `PgEventStore.processedCommand()` would be the better home for this query.)
 */
@Injectable()
export class ProcessedCommands {
  constructor(@Inject(EVENT_STORE_POOL) private readonly pool: Pool) {}

  async find(tenantId: string, commandId: string): Promise<ProcessedCommand | undefined> {
    const { rows } = await this.pool.query<{ stream_id: string; result: { nextExpectedVersion: number } }>(
      'SELECT stream_id, result FROM es_commands WHERE tenant_id = $1 AND command_id = $2',
      [tenantId, commandId],
    );
    if (rows.length === 0) return undefined;
    return { streamId: rows[0].stream_id, nextExpectedVersion: Number(rows[0].result.nextExpectedVersion) };
  }
}
