import type { Projection, ProjectionContext, StoredEvent } from '#libs/event-store';
import {
  type GroupEvent,
  isOrganisationEvent,
  ORGANISATION_EVENT_TYPES,
  type OrganisationEvent,
} from '#libs/groups';
import { stockholmDate } from '#libs/shared-kernel';
import type { FollowUpEvent } from '../../domain/events.js';
import { FOLLOW_UP_EVENT_TYPES, STATUS_RANK } from '../../domain/index.js';
import {
  inOpenedChunks,
  inRunsOfOpened,
  type Opened,
  OPENED_ROWS,
  openedParameters,
} from '../opened-runs.js';
import { BatchedReports, reported } from '../batched-reports.js';
import { isGroupEvent, OVERVIEW_GROUP_EVENT_TYPES, OverviewDimensions } from './overview-dimensions.js';

type Sql = ProjectionContext['manager'];
/** The meetings context's MeetingClosed, as far as this read model reads it. */
interface MeetingClosed {
  type: 'MeetingClosed';
  data: { meetingId: string; paragraphs: { itemId: string; paragraph: number }[] };
}

/**
 * rm_follow_up_overview: HR's overview of every follow-up of the organisation, with its group,
 * level, förvaltning and the responsible's organisation (from the group's membership), its origin
 * (meeting, § once the meeting is closed, date), when it was completed and how many events its
 * history holds. Rebuildable from the log like every read model; it folds the organisation and
 * the groups itself (OverviewDimensions) rather than reading another projection's tables.
 */
export const followUpOverviewProjection: Projection = {
  name: 'follow-up-overview',
  kind: 'read-model',
  eventTypes: [
    ...ORGANISATION_EVENT_TYPES,
    ...OVERVIEW_GROUP_EVENT_TYPES,
    ...FOLLOW_UP_EVENT_TYPES,
    'MeetingClosed',
  ],

  async apply(events: readonly StoredEvent[], { manager }: ProjectionContext): Promise<void> {
    const dimensions = new OverviewDimensions(manager);
    // Reports touch only their counters here: nothing else needs them written before the batch ends.
    const reports = new BatchedReports('rm_follow_up_overview', ['reports', 'history_count'], false);
    let pending = false;
    // A follow-up reads its group's row: write what the batch folded so far first.
    const folded = async () => {
      if (pending) await dimensions.flush();
      pending = false;
    };
    await inRunsOfOpened(
      events,
      async (run) => {
        await folded();
        await insertOpened(manager, run);
      },
      async (event) => {
        if (isOrganisationEvent(event)) {
          await dimensions.applyOrganisationEvent(event.tenantId, event as unknown as OrganisationEvent);
          pending = true;
        } else if (isGroupEvent(event)) {
          await dimensions.applyGroupEvent(event.tenantId, event as unknown as GroupEvent);
          pending = true;
        } else if (event.type === 'FollowUpReported') {
          reports.count(event.tenantId, ...reported(event));
        } else {
          await folded();
          await applyFollowUpEvent(
            manager,
            event.tenantId,
            event as unknown as FollowUpEvent | MeetingClosed,
          );
        }
      },
    );
    await folded();
    await reports.flush(manager);
  },

  // Rebuilt into shadow tables (rebuild-shadow.ts): readers keep the old model meanwhile.
  tables: [
    { name: 'rm_follow_up_overview' },
    { name: 'rm_follow_up_overview_month_counts' },
    { name: 'rm_follow_up_overview_organisations' },
    { name: 'rm_follow_up_overview_units' },
    { name: 'rm_follow_up_overview_groups' },
    { name: 'rm_follow_up_overview_members' },
  ],
};

/**
 * A run of opened follow-ups: one INSERT (per chunk) instead of one per follow-up, each with its
 * group's levels and förvaltning, and the side the responsible sits for in the group.
 */
async function insertOpened(db: Sql, run: readonly Opened[]): Promise<void> {
  for (const chunk of inOpenedChunks(run))
    await db.query(
      `INSERT INTO rm_follow_up_overview (tenant_id, follow_up_id, group_id, forvaltning_id, levels,
         origin_meeting_id, origin_item_id, origin_meeting_date, origin_paragraph, action, responsible_id,
         responsible_name, responsible_organisation, due_date, due_month, status, status_rank, confidential, opened_at)
       SELECT r.tenant_id, r.follow_up_id, r.group_id, u.forvaltning_id, coalesce(g.levels, '{}'),
              r.origin_meeting_id, r.origin_item_id, r.origin_meeting_date, r.origin_paragraph, r.action,
              r.responsible_id, r.responsible_name, m.organisation, r.due_date,
              date_trunc('month', r.due_date)::date, 'open', 0, r.confidential, r.opened_at
       FROM ${OPENED_ROWS}
       LEFT JOIN rm_follow_up_overview_groups g ON g.tenant_id = r.tenant_id AND g.group_id = r.group_id
       LEFT JOIN rm_follow_up_overview_units u ON u.tenant_id = r.tenant_id AND u.unit_id = g.unit_id
       LEFT JOIN rm_follow_up_overview_members m
         ON m.tenant_id = r.tenant_id AND m.group_id = r.group_id AND m.person_id = r.responsible_id
       ON CONFLICT (tenant_id, follow_up_id) DO NOTHING`,
      openedParameters(chunk),
    );
}

async function applyFollowUpEvent(
  db: Sql,
  tenantId: string,
  event: FollowUpEvent | MeetingClosed,
): Promise<void> {
  switch (event.type) {
    case 'FollowUpReported':
      return; // counted for the batch (BatchedReports)
    case 'FollowUpRescheduled':
      return update(
        db,
        tenantId,
        event.data.followUpId,
        "due_date = $3, due_month = date_trunc('month', $3::date)::date, reschedules = reschedules + 1",
        [event.data.newDueDate],
      );
    case 'FollowUpCompleted':
      return update(
        db,
        tenantId,
        event.data.followUpId,
        `status = 'completed', status_rank = ${STATUS_RANK.completed}, closing_reason = $3, closed_at = $4,
         completed_on = $5`,
        [event.data.note ?? null, event.data.at, stockholmDate(event.data.at)],
      );
    case 'FollowUpCancelled':
      return update(
        db,
        tenantId,
        event.data.followUpId,
        `status = 'cancelled', status_rank = ${STATUS_RANK.cancelled}, closing_reason = $3, closed_at = $4`,
        [event.data.reason, event.data.at],
      );
    case 'FollowUpMarkedConfidential':
      // Not an entry of the follow-up's own history (its item was marked): the count stays.
      await db.query(
        'UPDATE rm_follow_up_overview SET confidential = true WHERE tenant_id = $1 AND follow_up_id = $2',
        [tenantId, event.data.followUpId],
      );
      return;
    case 'MeetingClosed':
      await db.query(
        `UPDATE rm_follow_up_overview f SET origin_paragraph = p.paragraph
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

/** A change in the follow-up's history: one more entry (reported, moved, completed, cancelled). */
async function update(db: Sql, tenantId: string, followUpId: string, set: string, values: unknown[]) {
  await db.query(
    `UPDATE rm_follow_up_overview SET ${set}, history_count = history_count + 1
     WHERE tenant_id = $1 AND follow_up_id = $2`,
    [tenantId, followUpId, ...values],
  );
}
