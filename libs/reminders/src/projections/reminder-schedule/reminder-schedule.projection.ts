import type { Projection, ProjectionContext, StoredEvent } from '#libs/event-store';
import {
  type FollowUpEvent,
  inOpenedChunks,
  inRunsOfOpened,
  type Opened,
  OPENED_ROWS,
  openedParameters,
} from '#libs/follow-ups';
import { type OrganisationEvent, REMINDER_LEAD_DAYS } from '#libs/groups';

type Sql = ProjectionContext['manager'];
type Handled = FollowUpEvent | Extract<OrganisationEvent, { type: 'ReminderLeadDaysSet' }>;

// The organisation's lead days, or the default: the day the 'before' reminder of a due date falls.
const LEAD = `coalesce((SELECT lead_days FROM rm_reminder_settings WHERE tenant_id = $1), ${REMINDER_LEAD_DAYS.default})`;

/**
 * rm_reminder_schedule: the open follow-ups and the day each next needs the reminder sweep, and
 * rm_reminder_settings: each organisation's lead days. A follow-up enters at its due date's first
 * reminder day (due date − lead days); a new due date starts there again (a new series); completed
 * or cancelled, it leaves. The sweep moves `next_reminder_on` on as it goes (see the migration).
 */
export const reminderScheduleProjection: Projection = {
  name: 'reminder-schedule',
  kind: 'read-model',
  eventTypes: [
    'FollowUpOpened',
    'FollowUpRescheduled',
    'FollowUpCompleted',
    'FollowUpCancelled',
    'FollowUpMarkedConfidential',
    'ReminderLeadDaysSet',
  ],

  async apply(events: readonly StoredEvent[], { manager }: ProjectionContext): Promise<void> {
    await inRunsOfOpened(
      events,
      (run) => insertOpened(manager, run),
      (event) => applyOne(manager, event.tenantId, event as unknown as Handled),
    );
  },

  // Rebuilt into shadow tables (rebuild-shadow.ts): readers keep the old model meanwhile.
  tables: [{ name: 'rm_reminder_schedule' }, { name: 'rm_reminder_settings' }],
};

/** A run of opened follow-ups: one INSERT (per chunk) instead of one per follow-up. */
async function insertOpened(db: Sql, run: readonly Opened[]): Promise<void> {
  for (const chunk of inOpenedChunks(run))
    await db.query(
      `INSERT INTO rm_reminder_schedule (tenant_id, follow_up_id, group_id, action, responsible_id,
         responsible_name, origin_meeting_date, due_date, confidential, next_reminder_on)
       SELECT tenant_id, follow_up_id, group_id, action, responsible_id, responsible_name,
              origin_meeting_date, due_date, confidential,
              due_date - coalesce((SELECT lead_days FROM rm_reminder_settings s WHERE s.tenant_id = r.tenant_id),
                                  ${REMINDER_LEAD_DAYS.default})
       FROM ${OPENED_ROWS}
       ON CONFLICT (tenant_id, follow_up_id) DO NOTHING`,
      openedParameters(chunk),
    );
}

async function applyOne(db: Sql, tenantId: string, event: Handled): Promise<void> {
  switch (event.type) {
    case 'FollowUpRescheduled':
      await db.query(
        `UPDATE rm_reminder_schedule SET due_date = $3, next_reminder_on = $3::date - ${LEAD}
         WHERE tenant_id = $1 AND follow_up_id = $2`,
        [tenantId, event.data.followUpId, event.data.newDueDate],
      );
      return;
    case 'FollowUpCompleted':
    case 'FollowUpCancelled':
      await db.query('DELETE FROM rm_reminder_schedule WHERE tenant_id = $1 AND follow_up_id = $2', [
        tenantId,
        event.data.followUpId,
      ]);
      return;
    case 'FollowUpMarkedConfidential':
      await db.query(
        'UPDATE rm_reminder_schedule SET confidential = true WHERE tenant_id = $1 AND follow_up_id = $2',
        [tenantId, event.data.followUpId],
      );
      return;
    case 'ReminderLeadDaysSet':
      await db.query(
        `INSERT INTO rm_reminder_settings (tenant_id, lead_days) VALUES ($1, $2)
         ON CONFLICT (tenant_id) DO UPDATE SET lead_days = EXCLUDED.lead_days`,
        [tenantId, event.data.leadDays],
      );
      // Longer lead days bring the 'before' reminder of a date not yet reached forward: such a row is
      // looked at again by its new first day (the ledger keeps what was sent from going out again).
      // Rows past their due date are not concerned.
      await db.query(
        `UPDATE rm_reminder_schedule SET next_reminder_on = due_date - $2::int
         WHERE tenant_id = $1 AND next_reminder_on > due_date - $2::int AND next_reminder_on <= due_date`,
        [tenantId, event.data.leadDays],
      );
      return;
    default:
      return;
  }
}
