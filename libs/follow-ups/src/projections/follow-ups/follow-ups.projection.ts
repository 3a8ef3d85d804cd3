import type { Projection, ProjectionContext, StoredEvent } from '#libs/event-store';
import type { FollowUpEvent } from '../../domain/events.js';
import { BatchedReports, reported } from '../batched-reports.js';
import {
  inOpenedChunks,
  inRunsOfOpened,
  type Opened,
  OPENED_ROWS,
  openedParameters,
} from '../opened-runs.js';

type Sql = ProjectionContext['manager'];
/** The meetings context's MeetingClosed, as far as this read model reads it. */
interface MeetingClosed {
  type: 'MeetingClosed';
  data: { meetingId: string; paragraphs: { itemId: string; paragraph: number }[] };
}

type Handled = FollowUpEvent | MeetingClosed;

/**
 * Follow-ups across every group of a tenant, for "follow-ups with filters", the carry-over of due
 * follow-ups onto the next kallelse, reminders and the HR view. The origin's § number is filled in
 * when the origin meeting closes (that is when § numbers are fixed).
 */
export const followUpsProjection: Projection = {
  name: 'follow-ups',
  kind: 'read-model',
  eventTypes: [
    'FollowUpOpened',
    'FollowUpReported',
    'FollowUpCompleted',
    'FollowUpRescheduled',
    'FollowUpCancelled',
    'FollowUpMarkedConfidential',
    'MeetingClosed',
  ],

  async apply(events: readonly StoredEvent[], { manager }: ProjectionContext): Promise<void> {
    const reports = new BatchedReports('rm_follow_ups', ['reports'], true);
    await inRunsOfOpened(
      events,
      (run) => insertOpened(manager, run),
      async (event) => {
        const handled = event as unknown as Handled;
        if (handled.type === 'FollowUpReported') return reports.count(event.tenantId, ...reported(event));
        // Another event of a follow-up with reports pending sets its updated_at: theirs first.
        if (handled.type !== 'MeetingClosed' && reports.pendingFor(event.tenantId, handled.data.followUpId))
          await reports.flush(manager);
        await applyOne(manager, event.tenantId, handled);
      },
    );
    await reports.flush(manager);
  },

  // Rebuilt into a shadow table: the follow-up list keeps answering meanwhile.
  tables: [{ name: 'rm_follow_ups' }],
};

/** A run of opened follow-ups: one INSERT (per chunk) instead of one per follow-up. */
async function insertOpened(db: Sql, run: readonly Opened[]): Promise<void> {
  for (const chunk of inOpenedChunks(run))
    await db.query(
      `INSERT INTO rm_follow_ups (tenant_id, follow_up_id, group_id, origin_meeting_id, origin_item_id,
         origin_meeting_date, origin_paragraph, action, responsible_id, responsible_name, due_date, status,
         opened_at, updated_at, confidential)
       SELECT tenant_id, follow_up_id, group_id, origin_meeting_id, origin_item_id, origin_meeting_date,
              origin_paragraph, action, responsible_id, responsible_name, due_date, 'open', opened_at,
              opened_at, confidential
       FROM ${OPENED_ROWS}
       ON CONFLICT (tenant_id, follow_up_id) DO NOTHING`,
      openedParameters(chunk),
    );
}

async function applyOne(db: Sql, tenantId: string, event: Handled): Promise<void> {
  switch (event.type) {
    case 'FollowUpReported':
      return; // counted for the batch (BatchedReports)
    case 'FollowUpRescheduled':
      return update(
        db,
        tenantId,
        event.data.followUpId,
        'due_date = $3, reschedules = reschedules + 1, updated_at = $4',
        [event.data.newDueDate, event.data.at],
      );
    case 'FollowUpCompleted':
      return close(db, tenantId, event.data.followUpId, 'completed', event.data.note ?? null, event.data.at);
    case 'FollowUpCancelled':
      return close(db, tenantId, event.data.followUpId, 'cancelled', event.data.reason, event.data.at);
    case 'FollowUpMarkedConfidential':
      return update(db, tenantId, event.data.followUpId, 'confidential = true, updated_at = $3', [
        event.data.at,
      ]);
    case 'MeetingClosed':
      await db.query(
        `UPDATE rm_follow_ups f SET origin_paragraph = p.paragraph
         FROM unnest($3::text[], $4::int[]) AS p(item_id, paragraph)
         WHERE f.tenant_id = $1 AND f.origin_meeting_id = $2 AND f.origin_item_id = p.item_id`,
        [
          tenantId,
          event.data.meetingId,
          event.data.paragraphs.map((p) => p.itemId),
          event.data.paragraphs.map((p) => p.paragraph),
        ],
      );
      return;
  }
}

async function update(
  db: Sql,
  tenantId: string,
  followUpId: string,
  set: string,
  values: unknown[],
): Promise<void> {
  await db.query(`UPDATE rm_follow_ups SET ${set} WHERE tenant_id = $1 AND follow_up_id = $2`, [
    tenantId,
    followUpId,
    ...values,
  ]);
}

function close(
  db: Sql,
  tenantId: string,
  id: string,
  status: string,
  reason: string | null,
  at: string,
): Promise<void> {
  return update(db, tenantId, id, 'status = $3, closing_reason = $4, closed_at = $5, updated_at = $5', [
    status,
    reason,
    at,
  ]);
}
