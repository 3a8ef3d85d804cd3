import type { DataSource } from 'typeorm';
import { readGroupRowsById } from '#libs/groups';
import { enqueueMail } from '#libs/mail';
import type { IsoDate } from '#libs/shared-kernel';
import type { ReminderAccount } from './reminder-accounts.js';
import { type DigestEntry, hrDigestMail } from './reminder-mail.js';

export interface SentDigest {
  tenantId: string;
  date: IsoDate;
  followUps: number;
  recipients: string[];
}

interface DigestRow {
  follow_up_id: string;
  group_id: string;
  action: string;
  responsible_name: string;
  due_date: string;
  confidential: boolean;
}

/**
 * HR's daily digest, once per organisation and day: every account with the role hr gets the
 * follow-ups that became overdue (their first overdue reminder was recorded) since the last digest
 * and are still open on the same date. Recorded in reminder_digests in the transaction that
 * enqueues it, keyed `hr-digest:<date>:<recipient>`, so a second sweep that day sends nothing;
 * what becomes overdue after today's digest waits for tomorrow's.
 */
export async function sendHrDigests(
  dataSource: DataSource,
  {
    today,
    now,
    base,
    accounts,
  }: {
    today: IsoDate;
    now: Date;
    base: string;
    accounts: { accountsOf(tenantId: string): Promise<Map<string, ReminderAccount>> };
  },
): Promise<SentDigest[]> {
  const tenants: { tenant_id: string }[] = await dataSource.query(
    `SELECT DISTINCT tenant_id FROM reminders_sent r
     WHERE became_overdue AND digest_date IS NULL
       AND NOT EXISTS (SELECT 1 FROM reminder_digests d WHERE d.tenant_id = r.tenant_id AND d.digest_date = $1)`,
    [today],
  );
  const sent: SentDigest[] = [];
  for (const { tenant_id: tenantId } of tenants) {
    const hr = [...(await accounts.accountsOf(tenantId)).values()].filter((a) => a.hr && a.active && a.email);
    const digest = await dataSource.transaction(async (tx) => {
      // The digest's row first: a second sweep waits here, then finds the day taken.
      const taken: unknown[] = await tx.query(
        `INSERT INTO reminder_digests (tenant_id, digest_date, recorded_at, follow_ups, recipients)
         VALUES ($1, $2, $3, 0, '{}') ON CONFLICT DO NOTHING RETURNING 1`,
        [tenantId, today, now],
      );
      if (taken.length === 0) return undefined;
      const rows: DigestRow[] = await tx.query(
        `WITH taken AS (
           UPDATE reminders_sent SET digest_date = $2
           WHERE tenant_id = $1 AND became_overdue AND digest_date IS NULL
           RETURNING follow_up_id, due_date)
         SELECT s.follow_up_id, s.group_id, s.action, s.responsible_name,
                to_char(s.due_date, 'YYYY-MM-DD') AS due_date, s.confidential
         FROM taken t JOIN rm_reminder_schedule s
           ON s.tenant_id = $1 AND s.follow_up_id = t.follow_up_id AND s.due_date = t.due_date
         ORDER BY s.due_date, s.follow_up_id`,
        [tenantId, today],
      );
      // All of them completed or moved meanwhile: nothing to tell, and the day stays free.
      if (rows.length === 0) {
        await tx.query('DELETE FROM reminder_digests WHERE tenant_id = $1 AND digest_date = $2', [
          tenantId,
          today,
        ]);
        return undefined;
      }
      const groups = new Map(
        (await readGroupRowsById(tx, tenantId, [...new Set(rows.map((row) => row.group_id))])).map((g) => [
          g.groupId,
          g.state.name ?? '',
        ]),
      );
      const entries: DigestEntry[] = rows.map((row) => ({
        groupName: groups.get(row.group_id) || 'okänd grupp',
        action: row.action,
        confidential: row.confidential,
        responsibleName: row.responsible_name,
        dueDate: row.due_date,
      }));
      for (const account of hr) {
        await enqueueMail(tx, {
          tenantId,
          messageKey: `hr-digest:${today}:${account.email.toLowerCase()}`,
          kind: 'hr-digest',
          subjectRef: { digestDate: today },
          recipient: account.email,
          ...hrDigestMail(entries, account.displayName, today, `${base}/uppfoljningar?overdue=ja`),
        });
      }
      const recipients = hr.map((account) => account.email);
      await tx.query(
        'UPDATE reminder_digests SET follow_ups = $3, recipients = $4 WHERE tenant_id = $1 AND digest_date = $2',
        [tenantId, today, entries.length, recipients],
      );
      return { tenantId, date: today, followUps: entries.length, recipients };
    });
    if (digest) sent.push(digest);
  }
  return sent;
}
