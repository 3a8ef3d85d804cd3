import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import { addDays } from '#libs/reminders';
import { followUpsProjection } from '#libs/follow-ups';
import { groupsProjection } from '#libs/groups';
import { AccountService, PasswordHasher, systemClock } from '#libs/identity';
import { reminderScheduleProjection, ReminderSweep, type SweepReport } from '#libs/reminders';
import { ReminderAccountsFromIdentity } from '#libs/service';
import type { ApiTestApp } from '../../api/support/api-test-app.js';
import { projectToHead } from '../../api/support/project-to-head.js';
import { runningMeeting } from '../../api/support/running-meeting.js';
import { EMPLOYER, type Principals, seedGroup } from '../../api/support/seed-002-group.js';

export const READ_MODELS = [followUpsProjection, groupsProjection, reminderScheduleProjection];

export interface Person {
  personId: string;
  name: string;
  email: string;
}

/** An outbox row as the tests compare them. */
export interface OutboxRow {
  message_key: string;
  kind: string;
  recipient: string;
  cc: string[];
  subject: string;
  text_body: string;
  html_body: string;
}

/** A sweep as the worker builds it, over this test app's database and clock. */
export function sweeperOf(api: ApiTestApp): ReminderSweep {
  const dataSource = api.app.get(DataSource);
  return new ReminderSweep(
    dataSource,
    new ReminderAccountsFromIdentity(new AccountService(dataSource, new PasswordHasher(), systemClock)),
    api.clock,
    api.app.get(AppConfig),
  );
}

/**
 * A tenant of its own: the seed-002 organisation and group, people with accounts (the responsible
 * Rut, the chair Ola as a second ordförande, HR's Hedda), and a meeting on 25 February 2019 whose
 * items take follow-ups.
 */
export async function reminderTenant(api: ApiTestApp, options: { hr?: boolean } = {}) {
  const { tenantId, groupId, people } = await seedGroup(api);
  const dataSource = api.app.get(DataSource);
  const account = async (name: string, roles: string[] = [], disabled = false): Promise<Person> => {
    const personId = randomUUID();
    const email = `${name.split(' ')[0]!.toLowerCase()}.${personId.slice(0, 8)}@exempelstad.se`;
    await dataSource.query(
      `INSERT INTO identity_accounts (id, tenant_id, email, display_name, password_hash, roles, created_at, disabled_at)
       VALUES ($1, $2, $3, $4, 'scrypt$test', $5, now(), $6)`,
      [personId, tenantId, email, name, roles, disabled ? new Date() : null],
    );
    return { personId, name, email };
  };
  const responsible = await account('Rut Ansvarig');
  const chair = await account('Ola Ordförande');
  const disabled = await account('Dag Avslutad', [], true);
  const hr = options.hr === false ? undefined : await account('Hedda HR', ['hr']);
  await api
    .as(people.admin)
    .post(`/api/groups/${groupId}/members`)
    .send({
      person: { personId: chair.personId, name: chair.name },
      party: EMPLOYER,
      role: 'ordförande',
      joinedOn: '2019-01-01',
    })
    .expect(200);
  const meetingId = await runningMeeting(api, people, groupId);
  return { tenantId, groupId, people, meetingId, responsible, chair, disabled, hr };
}

export type ReminderTenant = Awaited<ReturnType<typeof reminderTenant>>;

/** Opens a follow-up on an item of the tenant's meeting; returns its id. */
export async function assignFollowUp(
  api: ApiTestApp,
  tenant: ReminderTenant,
  action: string,
  responsible: { personId: string; name: string },
  dueDate: string,
  itemId = 'i-dialog',
): Promise<string> {
  const { body } = await api
    .as(tenant.people.viceChair)
    .post(`/api/meetings/${tenant.meetingId}/items/${itemId}/follow-ups`)
    .send({ action, responsible: { personId: responsible.personId, name: responsible.name }, dueDate })
    .expect(201);
  return body.followUpId as string;
}

/** Sweeps each day from `from` to `to` (at 07.00 in Stockholm), with the read models caught up. */
export async function sweepDays(
  api: ApiTestApp,
  from: string,
  to: string,
  sweeper = sweeperOf(api),
): Promise<SweepReport[]> {
  await projectToHead(api.app, READ_MODELS);
  const reports: SweepReport[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    api.clock.set(`${day}T06:00:00Z`);
    const report = await sweeper.run();
    if (report.skipped) throw new Error(`sweep of ${day} skipped: ${report.skipped}`);
    reports.push(report);
  }
  return reports;
}

export async function outboxOf(api: ApiTestApp, tenantId: string): Promise<OutboxRow[]> {
  return api.app.get(DataSource).query(
    `SELECT message_key, kind, recipient, cc, subject, text_body, html_body FROM mail_outbox
       WHERE tenant_id = $1 ORDER BY created_at, message_key`,
    [tenantId],
  );
}

export async function ledgerOf(api: ApiTestApp, tenantId: string) {
  const rows: {
    follow_up_id: string;
    kind: string;
    due_date: string;
    seq: number;
    recipients: string[];
    skipped_reason: string | null;
  }[] = await api.app.get(DataSource).query(
    `SELECT follow_up_id, kind, to_char(due_date, 'YYYY-MM-DD') AS due_date, seq, recipients, skipped_reason
         FROM reminders_sent WHERE tenant_id = $1 ORDER BY due_date, sent_at, kind`,
    [tenantId],
  );
  return rows;
}

export type { Principals };
