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

/** A ledger row as the queries here read it back. */
interface LedgerRow {
  tenant_id: string;
  follow_up_id: string;
  kind: ReminderKind;
  due_date: string;
  seq: number;
}

/** The reminders already recorded for these follow-ups' current due dates, by `tenant/followUpId`. */
export async function remindersSentFor(
  db: Sql,
  followUps: readonly { tenantId: string; followUpId: string; dueDate: IsoDate }[],
): Promise<Map<string, Reminder[]>> {
  const rows: LedgerRow[] = await db.query(
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

/** The ledger's key of a reminder, as recordReminders reports the ones it recorded. */
export const ledgerKey = (r: { tenantId: string; followUpId: string } & Reminder): string =>
  `${r.tenantId}/${r.followUpId}/${r.kind}/${r.dueDate}/${r.seq}`;

/**
 * Records reminders in the caller's transaction (the one that enqueues their e-mails), in one
 * statement. Returns the keys (ledgerKey) recorded now: one already in the ledger is left out, and
 * nothing may be enqueued for it.
 */
export async function recordReminders(db: Sql, reminders: readonly RecordedReminder[]): Promise<Set<string>> {
  if (reminders.length === 0) return new Set();
  const rows: LedgerRow[] = await db.query(
    `INSERT INTO reminders_sent (tenant_id, follow_up_id, kind, due_date, seq, sent_at, recipients,
         skipped_reason, became_overdue)
       SELECT r.tenant_id, r.follow_up_id, r.kind, r.due_date, r.seq, r.sent_at,
              ARRAY(SELECT jsonb_array_elements_text(r.recipients)), r.skipped_reason, r.became_overdue
       FROM jsonb_to_recordset($1::jsonb) AS r(tenant_id text, follow_up_id text, kind text, due_date date,
         seq integer, sent_at timestamptz, recipients jsonb, skipped_reason text, became_overdue boolean)
       ON CONFLICT DO NOTHING
       RETURNING tenant_id, follow_up_id, kind, to_char(due_date, 'YYYY-MM-DD') AS due_date, seq`,
    [
      JSON.stringify(
        reminders.map((r) => ({
          tenant_id: r.tenantId,
          follow_up_id: r.followUpId,
          kind: r.kind,
          due_date: r.dueDate,
          seq: r.seq,
          sent_at: r.sentAt.toISOString(),
          recipients: r.recipients,
          skipped_reason: r.skippedReason,
          became_overdue: r.becameOverdue,
        })),
      ),
    ],
  );
  return new Set(
    rows.map((row) =>
      ledgerKey({
        tenantId: row.tenant_id,
        followUpId: row.follow_up_id,
        kind: row.kind,
        dueDate: row.due_date,
        seq: row.seq,
      }),
    ),
  );
}
