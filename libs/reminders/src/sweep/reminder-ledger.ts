import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#libs/shared-kernel';
import type { Reminder, ReminderKind } from '../domain/reminder.js';

type Sql = Pick<EntityManager, 'query'>;

/** A reminder as the ledger records it: sent (to `recipients`) or recorded as going to no one. */
export interface RecordedReminder extends Reminder {
  tenantId: string;
  followUpId: string;
  sentAt: Date;
  recipients: string[];
  skippedReason: string | null;
  /** The first reminder of the overdue phase: the next HR digest lists it. */
  becameOverdue: boolean;
}

/** The reminders already recorded for these follow-ups' current due dates, by `tenant/followUpId`. */
export async function remindersSentFor(
  db: Sql,
  followUps: readonly { tenantId: string; followUpId: string; dueDate: IsoDate }[],
): Promise<Map<string, Reminder[]>> {
  const rows: {
    tenant_id: string;
    follow_up_id: string;
    kind: ReminderKind;
    due_date: string;
    seq: number;
  }[] = await db.query(
    `SELECT r.tenant_id, r.follow_up_id, r.kind, to_char(r.due_date, 'YYYY-MM-DD') AS due_date, r.seq
       FROM unnest($1::text[], $2::text[], $3::date[]) AS f(tenant_id, follow_up_id, due_date)
       JOIN reminders_sent r USING (tenant_id, follow_up_id, due_date)`,
    [followUps.map((f) => f.tenantId), followUps.map((f) => f.followUpId), followUps.map((f) => f.dueDate)],
  );
  const sent = new Map<string, Reminder[]>();
  for (const row of rows) {
    const key = `${row.tenant_id}/${row.follow_up_id}`;
    sent.set(key, [...(sent.get(key) ?? []), { kind: row.kind, dueDate: row.due_date, seq: row.seq }]);
  }
  return sent;
}

/**
 * Records a reminder in the caller's transaction (the one that enqueues its e-mails). False when it
 * was already recorded: then nothing may be enqueued for it.
 */
export async function recordReminder(db: Sql, reminder: RecordedReminder): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `INSERT INTO reminders_sent (tenant_id, follow_up_id, kind, due_date, seq, sent_at, recipients,
       skipped_reason, became_overdue)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT DO NOTHING RETURNING 1`,
    [
      reminder.tenantId,
      reminder.followUpId,
      reminder.kind,
      reminder.dueDate,
      reminder.seq,
      reminder.sentAt,
      reminder.recipients,
      reminder.skippedReason,
      reminder.becameOverdue,
    ],
  );
  return rows.length > 0;
}
