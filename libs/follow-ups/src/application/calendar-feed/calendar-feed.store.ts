import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

/** SQL for follow_up_calendar_feeds. Only the sha256 of a feed's token is ever written. */

export interface CalendarFeedRow {
  feedId: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

interface Row {
  feed_id: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const rowOf = (row: Row): CalendarFeedRow => ({
  feedId: row.feed_id,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

export async function insertCalendarFeed(
  db: Db,
  feed: { feedId: string; tenantId: string; personId: string; tokenHash: string; createdAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO follow_up_calendar_feeds (feed_id, tenant_id, person_id, token_hash, created_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [feed.feedId, feed.tenantId, feed.personId, feed.tokenHash, feed.createdAt],
  );
}

/** A person's feeds, newest first, revoked ones too. */
export async function listCalendarFeeds(
  db: Db,
  tenantId: string,
  personId: string,
): Promise<CalendarFeedRow[]> {
  const rows: Row[] = await db.query(
    `SELECT feed_id, created_at, last_used_at, revoked_at FROM follow_up_calendar_feeds
     WHERE tenant_id = $1 AND person_id = $2 ORDER BY created_at DESC, feed_id`,
    [tenantId, personId],
  );
  return rows.map(rowOf);
}

/** Revokes one of the person's own live feeds; false when there is none such (another's, or revoked). */
export async function revokeCalendarFeed(
  db: Db,
  tenantId: string,
  personId: string,
  feedId: string,
  at: Date,
): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `UPDATE follow_up_calendar_feeds SET revoked_at = $4
     WHERE tenant_id = $1 AND person_id = $2 AND feed_id = $3 AND revoked_at IS NULL
     RETURNING feed_id`,
    [tenantId, personId, feedId, at],
  );
  // TypeORM gives an UPDATE … RETURNING as [rows, count].
  const returned = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows;
  return returned.length > 0;
}

/** The live feed a token opens, marking it used. */
export async function useCalendarFeed(
  db: Db,
  tokenHash: string,
  at: Date,
): Promise<{ tenantId: string; personId: string } | undefined> {
  const rows: unknown[] = await db.query(
    `UPDATE follow_up_calendar_feeds SET last_used_at = $2
     WHERE token_hash = $1 AND revoked_at IS NULL
     RETURNING tenant_id, person_id`,
    [tokenHash, at],
  );
  const returned = (Array.isArray(rows[0]) ? rows[0] : rows) as { tenant_id: string; person_id: string }[];
  const row = returned[0];
  return row ? { tenantId: row.tenant_id, personId: row.person_id } : undefined;
}
