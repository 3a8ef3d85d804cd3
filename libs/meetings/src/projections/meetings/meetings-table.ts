import type { EntityManager } from 'typeorm';
import type { MeetingListing } from './meeting-listing.js';

type Sql = Pick<EntityManager, 'query'>;

const COLUMNS = `meeting_id, group_id, status, starts_at, ends_at, started_at, place, video_link,
  protocol_number, closed_at, protocol_status, latest_revision, justerat_revision, published_revision,
  awaiting_justering_by, kallelse_issued_at, cancelled_reason, topic_items, version, justerare, declined_by, justering_last_date`;

interface MeetingRow {
  meeting_id: string;
  group_id: string;
  status: MeetingListing['status'];
  starts_at: Date;
  ends_at: Date;
  started_at: Date | null;
  place: string | null;
  video_link: string | null;
  protocol_number: string | null;
  closed_at: Date | null;
  protocol_status: MeetingListing['protocolStatus'];
  latest_revision: number;
  justerat_revision: number | null;
  published_revision: number | null;
  awaiting_justering_by: string[];
  kallelse_issued_at: Date | null;
  cancelled_reason: string | null;
  topic_items: MeetingListing['topicItems'];
  version: number;
  justerare: string[];
  declined_by: string[];
  justering_last_date: string | null;
}

/** Writes (or replaces) a meeting's row. */
export async function writeMeetingRow(db: Sql, tenantId: string, m: MeetingListing): Promise<void> {
  await db.query(
    `INSERT INTO rm_meetings (tenant_id, ${COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)
     ON CONFLICT (tenant_id, meeting_id) DO UPDATE SET
       group_id = EXCLUDED.group_id, status = EXCLUDED.status, starts_at = EXCLUDED.starts_at,
       ends_at = EXCLUDED.ends_at, started_at = EXCLUDED.started_at, place = EXCLUDED.place,
       video_link = EXCLUDED.video_link, protocol_number = EXCLUDED.protocol_number,
       closed_at = EXCLUDED.closed_at, protocol_status = EXCLUDED.protocol_status,
       latest_revision = EXCLUDED.latest_revision, justerat_revision = EXCLUDED.justerat_revision,
       published_revision = EXCLUDED.published_revision,
       awaiting_justering_by = EXCLUDED.awaiting_justering_by,
       kallelse_issued_at = EXCLUDED.kallelse_issued_at, cancelled_reason = EXCLUDED.cancelled_reason,
       topic_items = EXCLUDED.topic_items, version = EXCLUDED.version,
       justerare = EXCLUDED.justerare, declined_by = EXCLUDED.declined_by,
       justering_last_date = EXCLUDED.justering_last_date
     WHERE rm_meetings.version <= EXCLUDED.version`,
    [
      tenantId,
      m.meetingId,
      m.groupId,
      m.status,
      m.startsAt,
      m.endsAt,
      m.startedAt ?? null,
      m.place ?? null,
      m.videoLink ?? null,
      m.protocolNumber ?? null,
      m.closedAt ?? null,
      m.protocolStatus,
      m.latestRevision,
      m.justeratRevision ?? null,
      m.publishedRevision ?? null,
      m.awaitingJusteringBy,
      m.kallelseIssuedAt ?? null,
      m.cancelledReason ?? null,
      JSON.stringify(m.topicItems),
      m.version,
      m.justerare,
      m.declinedBy,
      m.justeringLastDate ?? null,
    ],
  );
}

export interface MeetingRowFilter {
  groupIds: readonly string[];
  /** Meetings that end at or after this instant. */
  from?: string;
  /** Meetings that start before this instant. */
  to?: string;
  statuses?: readonly MeetingListing['status'][];
  /** Only rows whose latest revision waits for this person's justering. */
  awaitingJusteringBy?: string;
  /** Only rows where this person is an appointed justerare. */
  justerare?: string;
  /** Keyset: rows after this (startsAt, meetingId). */
  after?: { startsAt: string; meetingId: string };
  /** Rows the caller will take from elsewhere (their streams are ahead of them). */
  except: readonly string[];
  limit: number;
}

/** A page of the meetings of some groups, by (start, id), as the indexes order them. */
export async function readMeetingRows(
  db: Sql,
  tenantId: string,
  f: MeetingRowFilter,
): Promise<MeetingListing[]> {
  const rows: MeetingRow[] = await db.query(
    `SELECT ${COLUMNS} FROM rm_meetings
     WHERE tenant_id = $1 AND group_id = ANY($2::text[])
       AND ($3::timestamptz IS NULL OR ends_at >= $3)
       AND ($4::timestamptz IS NULL OR starts_at < $4)
       AND ($5::text[] IS NULL OR status = ANY($5))
       AND ($6::timestamptz IS NULL OR (starts_at, meeting_id) > ($6, $7::text))
       AND NOT (meeting_id = ANY($8::text[]))
       AND ($10::text IS NULL OR $10 = ANY(awaiting_justering_by))
       AND ($11::text IS NULL OR $11 = ANY(justerare))
     ORDER BY starts_at, meeting_id
     LIMIT $9`,
    [
      tenantId,
      f.groupIds,
      f.from ?? null,
      f.to ?? null,
      f.statuses ?? null,
      f.after?.startsAt ?? null,
      f.after?.meetingId ?? null,
      f.except,
      f.limit,
      f.awaitingJusteringBy ?? null,
      f.justerare ?? null,
    ],
  );
  return rows.map(listingOfRow);
}

const iso = (date: Date | null) => (date === null ? undefined : date.toISOString());

function listingOfRow(row: MeetingRow): MeetingListing {
  const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
    (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
  return {
    meetingId: row.meeting_id,
    groupId: row.group_id,
    status: row.status,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    ...optional('startedAt', iso(row.started_at)),
    ...optional('place', row.place),
    ...optional('videoLink', row.video_link),
    ...optional('protocolNumber', row.protocol_number),
    ...optional('closedAt', iso(row.closed_at)),
    protocolStatus: row.protocol_status,
    latestRevision: row.latest_revision,
    ...optional('justeratRevision', row.justerat_revision),
    ...optional('publishedRevision', row.published_revision),
    awaitingJusteringBy: row.awaiting_justering_by,
    ...optional('kallelseIssuedAt', iso(row.kallelse_issued_at)),
    ...optional('cancelledReason', row.cancelled_reason),
    topicItems: row.topic_items,
    version: row.version,
    justerare: row.justerare,
    declinedBy: row.declined_by,
    ...optional('justeringLastDate', row.justering_last_date),
  };
}
