import type { EntityManager } from 'typeorm';

/** The outbox as /health shows it: whether anything is sent, and what waits or failed. */
export interface OutboxStatus {
  /** SMTP_HOST is set: the worker sends. Otherwise messages wait as pending. */
  sending: boolean;
  pending: number;
  /** When the oldest message still waiting was recorded: a growing age means SMTP is away. */
  oldestPendingAt: string | null;
  failed: number;
}

export async function outboxStatus(manager: EntityManager, sending: boolean): Promise<OutboxStatus> {
  const [row] = (await manager.query(
    `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
            min(created_at) FILTER (WHERE status = 'pending') AS oldest,
            count(*) FILTER (WHERE status = 'failed')::int AS failed
     FROM mail_outbox`,
  )) as { pending: number; oldest: Date | null; failed: number }[];
  return {
    sending,
    pending: row?.pending ?? 0,
    oldestPendingAt: row?.oldest?.toISOString() ?? null,
    failed: row?.failed ?? 0,
  };
}
