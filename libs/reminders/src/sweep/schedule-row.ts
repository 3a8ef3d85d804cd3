import type { IsoDate } from '#libs/shared-kernel';

/** A row of rm_reminder_schedule as the sweep selects it. */
export interface ScheduleRow {
  tenant_id: string;
  follow_up_id: string;
  group_id: string;
  action: string;
  responsible_id: string;
  responsible_name: string;
  origin_meeting_date: string;
  due_date: string;
  confidential: boolean;
}

export interface ScheduledFollowUp {
  tenantId: string;
  followUpId: string;
  groupId: string;
  action: string;
  responsibleId: string;
  responsibleName: string;
  originMeetingDate: IsoDate;
  dueDate: IsoDate;
  confidential: boolean;
  /** Set by the sweep: the next day it needs to look. */
  nextReminderOn?: IsoDate;
}

export const scheduleRowOf = (row: ScheduleRow): ScheduledFollowUp => ({
  tenantId: row.tenant_id,
  followUpId: row.follow_up_id,
  groupId: row.group_id,
  action: row.action,
  responsibleId: row.responsible_id,
  responsibleName: row.responsible_name,
  originMeetingDate: row.origin_meeting_date,
  dueDate: row.due_date,
  confidential: row.confidential,
});
