/**
 * bench:seed's one shortcut: a held meeting's follow-ups after its first. The first goes through
 * the service (POST …/items/{item}/follow-ups: FollowUpDateAssigned on the meeting and
 * FollowUpOpened on the follow-up's own stream, in one transaction); the rest are copies of those
 * two events with a new follow-up id, action, responsible and due date, appended in one
 * transaction per meeting as the handler would have appended them one by one (appendToStreams:
 * the meeting at its version, each follow-up stream new). Half of all the seed's requests would
 * otherwise be these. Their metadata says `seededInBulk`.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { PgEventStore, StreamAppend } from '#libs/event-store';

export interface BulkFollowUp {
  action: string;
  responsible: { personId: string; name: string };
  dueDate: string;
}

interface TemplateRow {
  tenant_id: string;
  stream_id: string;
  stream_type: string;
  event_type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

/** Appends `followUps` beside the template follow-up `templateId` of the meeting (at `version`). */
export async function appendFollowUpsLike(
  dataSource: DataSource,
  store: PgEventStore,
  templateId: string,
  meetingVersion: number,
  followUps: readonly BulkFollowUp[],
): Promise<string[]> {
  if (followUps.length === 0) return [];
  const rows = (await dataSource.query(
    `SELECT e.tenant_id, e.stream_id, s.stream_type, e.event_type, e.data, e.metadata
       FROM es_events e JOIN es_streams s USING (tenant_id, stream_id)
      WHERE e.data->>'followUpId' = $1 ORDER BY e.global_position`,
    [templateId],
  )) as TemplateRow[];
  const assigned = rows.find((row) => row.event_type === 'FollowUpDateAssigned');
  const opened = rows.find((row) => row.event_type === 'FollowUpOpened');
  if (!assigned || !opened) throw new Error(`follow-up ${templateId}: its two events were not found`);
  const copy = (row: TemplateRow, followUpId: string, followUp: BulkFollowUp) => ({
    eventId: randomUUID(),
    type: row.event_type,
    data: JSON.parse(
      JSON.stringify({ ...row.data, ...followUp }).replaceAll(templateId, followUpId),
    ) as unknown,
    metadata: { ...row.metadata, commandId: undefined, fingerprint: undefined, seededInBulk: true },
  });
  const ref = (row: TemplateRow, streamId = row.stream_id) => ({
    tenantId: row.tenant_id,
    streamId,
    streamType: row.stream_type,
  });
  const ids = followUps.map(() => randomUUID());
  const appends: StreamAppend[] = [
    {
      stream: ref(assigned),
      events: followUps.map((followUp, n) => copy(assigned, ids[n], followUp)),
      expected: meetingVersion,
    },
    ...followUps.map((followUp, n) => ({
      stream: ref(opened, opened.stream_id.replaceAll(templateId, ids[n])),
      events: [copy(opened, ids[n], followUp)],
      expected: 'no_stream' as const,
    })),
  ];
  await store.appendToStreams(appends, {});
  return ids;
}

/**
 * An old meeting's follow-ups reported on (and completed) at a later meeting: the first through the
 * service (POST /api/follow-ups/{id}/reports, then …/complete), the rest copies of the events those
 * requests appended to its stream (after stream position `after`), with the follow-up's id, appended to each follow-up's stream
 * at its version in one transaction (seededInBulk in their metadata).
 */
export async function appendHandlingsLike(
  dataSource: DataSource,
  store: PgEventStore,
  templateId: string,
  after: number,
  followUpIds: readonly string[],
): Promise<number> {
  if (followUpIds.length === 0) return 0;
  const rows = (await dataSource.query(
    `SELECT e.tenant_id, e.stream_id, s.stream_type, e.event_type, e.data, e.metadata
       FROM es_events e JOIN es_streams s USING (tenant_id, stream_id)
      WHERE e.stream_id = $1 AND e.stream_position > $2 ORDER BY e.stream_position`,
    [`follow-up-${templateId}`, after],
  )) as TemplateRow[];
  if (rows.length === 0) throw new Error(`follow-up ${templateId}: no report or completion found`);
  const streams = followUpIds.map((id) => `follow-up-${id}`);
  const versions = new Map(
    (
      (await dataSource.query(
        `SELECT stream_id, version::int AS version FROM es_streams WHERE tenant_id = $1 AND stream_id = ANY($2)`,
        [rows[0].tenant_id, streams],
      )) as { stream_id: string; version: number }[]
    ).map((row) => [row.stream_id, row.version]),
  );
  const appends: StreamAppend[] = followUpIds.map((id, n) => ({
    stream: { tenantId: rows[0].tenant_id, streamId: streams[n], streamType: rows[0].stream_type },
    events: rows.map((row) => ({
      eventId: randomUUID(),
      type: row.event_type,
      data: JSON.parse(JSON.stringify(row.data).replaceAll(templateId, id)) as unknown,
      metadata: { ...row.metadata, commandId: undefined, fingerprint: undefined, seededInBulk: true },
    })),
    expected: versions.get(streams[n]) ?? 'no_stream',
  }));
  await store.appendToStreams(appends, {});
  return rows.length * followUpIds.length;
}
