import type { EntityManager } from 'typeorm';
import { justeringMail } from '#libs/invitations';
import { enqueueMails, type OutboxMessage } from '#libs/mail';
import type { IsoDate } from '#libs/shared-kernel';
import { isOverdueKind, type Reminder } from '../domain/reminder.js';
import { nextReminderOn, remindersDue } from '../domain/reminders-due.js';
import type { ReminderAccount } from '../sweep/reminder-accounts.js';
import type { Lookups } from '../sweep/sweep-lookups.js';
import { JUSTERING_REMINDER_LEAD_DAYS } from './justering-reminder-schedule.projection.js';

/** One justering reminder the sweep recorded. */
export interface SentJusteringReminder extends Reminder {
  tenantId: string;
  meetingId: string;
  personId: string;
  to: string | null;
  cc: string[];
}

interface Row {
  tenant_id: string;
  meeting_id: string;
  person_id: string;
  person_name: string;
  group_id: string;
  revision: number;
  last_date: string;
  requested_by_id: string;
}

/** Rows per transaction, as the follow-ups' sweep takes them. */
export const JUSTERING_BATCH = 500;

/**
 * One batch of the justerare whose next reminder day has come: the same decider as the follow-ups'
 * (before, on, the day after the last date, then weekly; at most one, never one already sent), to
 * the justerare, with the secretary who asked in copy once the last date has passed. The ledger row
 * and the e-mail are recorded in the caller's transaction; returns how many rows were looked at.
 */
export async function sweepJusteringBatch(
  tx: EntityManager,
  today: IsoDate,
  now: Date,
  base: string,
  lookups: Lookups,
  sent: SentJusteringReminder[],
): Promise<number> {
  const rows: Row[] = await tx.query(
    `SELECT tenant_id, meeting_id, person_id, person_name, group_id, revision,
            to_char(last_date, 'YYYY-MM-DD') AS last_date, requested_by_id
     FROM rm_justering_reminder_schedule WHERE next_reminder_on <= $1::date
     ORDER BY next_reminder_on, tenant_id, meeting_id, person_id LIMIT $2
     FOR UPDATE SKIP LOCKED`,
    [today, JUSTERING_BATCH],
  );
  if (rows.length === 0) return 0;
  const mails: OutboxMessage[] = [];
  for (const row of rows) {
    const earlier = await sentFor(tx, row);
    const [reminder] = remindersDue({
      followUp: { status: 'open', dueDate: row.last_date },
      leadDays: JUSTERING_REMINDER_LEAD_DAYS,
      today,
      sent: earlier,
    });
    if (reminder) {
      const planned = await plan(tx, row, reminder, base, lookups);
      const recorded: unknown[] = await tx.query(
        `INSERT INTO justering_reminders_sent (tenant_id, meeting_id, person_id, last_date, kind, seq, sent_at, recipients)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING 1`,
        [
          row.tenant_id,
          row.meeting_id,
          row.person_id,
          row.last_date,
          reminder.kind,
          reminder.seq,
          now,
          planned.recipients,
        ],
      );
      // Another sweep recorded it first: its e-mail is that sweep's.
      if (recorded.length > 0) {
        if (planned.mail) mails.push(planned.mail);
        sent.push(planned.sent);
      }
    }
    await tx.query(
      `UPDATE rm_justering_reminder_schedule SET next_reminder_on = $4
       WHERE tenant_id = $1 AND meeting_id = $2 AND person_id = $3`,
      [
        row.tenant_id,
        row.meeting_id,
        row.person_id,
        nextReminderOn(row.last_date, JUSTERING_REMINDER_LEAD_DAYS, today),
      ],
    );
  }
  await enqueueMails(tx, mails);
  return rows.length;
}

async function sentFor(tx: EntityManager, row: Row): Promise<Reminder[]> {
  const found: { kind: Reminder['kind']; seq: number }[] = await tx.query(
    `SELECT kind, seq FROM justering_reminders_sent
     WHERE tenant_id = $1 AND meeting_id = $2 AND person_id = $3 AND last_date = $4`,
    [row.tenant_id, row.meeting_id, row.person_id, row.last_date],
  );
  return found.map(({ kind, seq }) => ({ kind, seq, dueDate: row.last_date }));
}

async function plan(tx: EntityManager, row: Row, reminder: Reminder, base: string, lookups: Lookups) {
  const accounts = await lookups.accountsOf(row.tenant_id);
  const reachable = (account: ReminderAccount | undefined) =>
    account?.active && account.email ? account : undefined;
  const to = reachable(accounts.get(row.person_id));
  const late = isOverdueKind(reminder.kind);
  const secretary = late ? reachable(accounts.get(row.requested_by_id)) : undefined;
  const cc = secretary && secretary.accountId !== to?.accountId ? [secretary.email] : [];
  const sent: SentJusteringReminder = {
    ...reminder,
    tenantId: row.tenant_id,
    meetingId: row.meeting_id,
    personId: row.person_id,
    to: to?.email ?? null,
    cc,
  };
  if (!to) return { recipients: [], sent };
  const meeting: { group_name: string | null; protocol_number: string | null; starts_at: Date }[] =
    await tx.query(
      `SELECT g.state->>'name' AS group_name, m.protocol_number, m.starts_at FROM rm_meetings m
     LEFT JOIN rm_groups g ON g.tenant_id = m.tenant_id AND g.group_id = m.group_id
     WHERE m.tenant_id = $1 AND m.meeting_id = $2`,
      [row.tenant_id, row.meeting_id],
    );
  const content = justeringMail(
    to.displayName,
    {
      groupName: meeting[0]?.group_name ?? 'gruppen',
      ...(meeting[0]?.protocol_number ? { protocolNumber: meeting[0].protocol_number } : {}),
      meetingStartsAt: meeting[0]?.starts_at.toISOString() ?? '',
      revision: row.revision,
      justeringUrl: `${base}/justering/${encodeURIComponent(row.meeting_id)}`,
    },
    { kind: 'justering-reminder', lastDate: row.last_date, late, secretaryInCopy: cc.length > 0 },
  );
  const mail: OutboxMessage = {
    tenantId: row.tenant_id,
    messageKey: `justering-reminder:${row.meeting_id}:${row.person_id}:${reminder.kind}:${row.last_date}:${reminder.seq}`,
    kind: `justering-reminder-${reminder.kind}`,
    subjectRef: { meetingId: row.meeting_id },
    recipient: to.email,
    recipientPersonId: row.person_id,
    recipientName: row.person_name,
    cc,
    ...content,
  };
  return { recipients: [to.email, ...cc], sent, mail };
}
