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
): Promise<void> {
  if (followUps.length === 0) return;
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
    metadata: { ...row.metadata, commandId: undefined, seededInBulk: true },
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
}
