import type { EntityManager } from 'typeorm';
import { inChunks } from '#libs/event-store';
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

/**
 * Writes (or replaces) the rows of these meetings, each meeting once, in one statement (per chunk
 * of about 8 MB): a row is only replaced by one folded at its version or later.
 */
export async function writeMeetingRows(
  db: Sql,
  rows: readonly { tenantId: string; listing: MeetingListing }[],
): Promise<void> {
  const records = rows.map(({ tenantId, listing: m }) =>
    JSON.stringify({
      tenant_id: tenantId,
      meeting_id: m.meetingId,
      group_id: m.groupId,
      status: m.status,
      starts_at: m.startsAt,
      ends_at: m.endsAt,
      started_at: m.startedAt ?? null,
      place: m.place ?? null,
      video_link: m.videoLink ?? null,
      protocol_number: m.protocolNumber ?? null,
      closed_at: m.closedAt ?? null,
      protocol_status: m.protocolStatus,
      latest_revision: m.latestRevision,
      justerat_revision: m.justeratRevision ?? null,
      published_revision: m.publishedRevision ?? null,
      awaiting_justering_by: m.awaitingJusteringBy,
      kallelse_issued_at: m.kallelseIssuedAt ?? null,
      cancelled_reason: m.cancelledReason ?? null,
      topic_items: m.topicItems,
      version: m.version,
      justerare: m.justerare,
      declined_by: m.declinedBy,
      justering_last_date: m.justeringLastDate ?? null,
    }),
  );
  for (const chunk of inChunks(records, (record) => record.length))
    await db.query(
      `INSERT INTO rm_meetings (tenant_id, ${COLUMNS})
       SELECT tenant_id, ${COLUMNS} FROM jsonb_to_recordset($1::jsonb) AS r(tenant_id text, meeting_id text,
         group_id text, status text, starts_at timestamptz, ends_at timestamptz, started_at timestamptz,
         place text, video_link text, protocol_number text, closed_at timestamptz, protocol_status text,
         latest_revision integer, justerat_revision integer, published_revision integer,
         awaiting_justering_by text[], kallelse_issued_at timestamptz, cancelled_reason text,
         topic_items jsonb, version integer, justerare text[], declined_by text[], justering_last_date text)
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
      [`[${chunk.join(',')}]`],
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
