import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig, publicBaseUrlOf } from '#libs/config';
import { readProjectionStatus } from '#libs/event-store';
import { activeMembers, type GroupState, REMINDER_LEAD_DAYS } from '#libs/groups';
import { enqueueMails, type OutboxMessage } from '#libs/mail';
import { Clock, type IsoDate, stockholmDate } from '#libs/shared-kernel';
import { isOverdueKind, type Reminder } from '../domain/reminder.js';
import { nextReminderOn, remindersDue } from '../domain/reminders-due.js';
import { reminderScheduleProjection } from '../projections/reminder-schedule/index.js';
import { sendHrDigests, type SentDigest } from './hr-digest.js';
import { type ReminderAccount, ReminderAccounts } from './reminder-accounts.js';
import { ledgerKey, type RecordedReminder, recordReminders, remindersSentFor } from './reminder-ledger.js';
import { reminderMail } from './reminder-mail.js';
import { Lookups } from './sweep-lookups.js';
import {
  JUSTERING_BATCH,
  type SentJusteringReminder,
  sweepJusteringBatch,
} from '../justering/justering-sweep.js';
import { JUSTERING_REMINDER_SCHEDULE } from '../justering/justering-reminder-schedule.projection.js';
import { type ScheduledFollowUp, scheduleRowOf, type ScheduleRow } from './schedule-row.js';

/** What one sweep recorded, for the log and `npm run reminders`. */
export interface SweepReport {
  today: IsoDate;
  /** Set when the sweep did nothing because the schedule is not caught up (e.g. a rebuild runs). */
  skipped?: string;
  /** Follow-ups looked at (the rows due today: what the sweep costs). */
  looked: number;
  reminders: SentReminder[];
  /** Reminders to justerare of a protocol waiting for them. */
  justering: SentJusteringReminder[];
  /** Set when the justerare's part waited because its schedule is not caught up. */
  justeringSkipped?: string;
  digests: SentDigest[];
}

export interface SentReminder extends Reminder {
  tenantId: string;
  followUpId: string;
  to: string | null;
  cc: string[];
  skippedReason: string | null;
}

/** Rows per transaction: their locks are held while their e-mails are recorded. */
const BATCH = 500;
/**
 * The schedule is a read model: while it is far behind the log (a rebuild replays it from the first
 * event, or the worker was down), its rows describe the past, e.g. a follow-up still open that was
 * completed since. The sweep waits until it is caught up to within this.
 */
const MAX_SCHEDULE_LAG_SECONDS = 60;
/** …and in events: a rebuild of a young log (all its events a minute old) is behind by this much. */
const MAX_SCHEDULE_LAG_EVENTS = 5_000;

/**
 * The reminder sweep: finds the follow-ups whose next reminder day has come (an index range, so it
 * costs what is due, not what is open), asks the decider what to send, records each reminder in
 * the ledger and its e-mails in the outbox in one transaction, and moves each row's next day on.
 * Several sweeps may run at once (two workers, a command beside the worker): each locks the rows
 * it takes and skips those another holds, and the ledger's key refuses a reminder recorded twice.
 */
@Injectable()
export class ReminderSweep {
  private readonly logger = new Logger('ReminderSweep');

  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: ReminderAccounts,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async run(now: Date = this.clock.now()): Promise<SweepReport> {
    const today = stockholmDate(now.toISOString());
    const report: SweepReport = { today, looked: 0, reminders: [], justering: [], digests: [] };
    const behind = await this.scheduleBehind();
    if (behind) return { ...report, skipped: behind };
    const lookups = new Lookups(this.accounts);
    for (;;) {
      const looked = await this.dataSource.transaction((tx) =>
        this.sweepBatch(tx, today, now, lookups, report),
      );
      report.looked += looked;
      if (looked < BATCH) break;
    }
    // The justerare's schedule is a read model of its own: behind, its part waits for the next sweep.
    report.justeringSkipped = await this.scheduleBehind(JUSTERING_REMINDER_SCHEDULE);
    while (!report.justeringSkipped) {
      const looked = await this.dataSource.transaction((tx) =>
        sweepJusteringBatch(tx, today, now, this.base(), lookups, report.justering),
      );
      report.looked += looked;
      if (looked < JUSTERING_BATCH) break;
    }
    report.digests = await sendHrDigests(this.dataSource, {
      today,
      now,
      base: this.base(),
      accounts: lookups,
    });
    if (report.reminders.length > 0 || report.justering.length > 0 || report.digests.length > 0) {
      this.logger.log(
        `${today}: ${report.reminders.length} reminder(s), ${report.justering.length} justering reminder(s), ` +
          `${report.digests.length} HR digest(s) recorded`,
      );
    }
    return report;
  }

  private async sweepBatch(
    tx: EntityManager,
    today: IsoDate,
    now: Date,
    lookups: Lookups,
    report: SweepReport,
  ): Promise<number> {
    const rows: ScheduleRow[] = await tx.query(
      `SELECT tenant_id, follow_up_id, group_id, action, responsible_id, responsible_name,
              to_char(origin_meeting_date, 'YYYY-MM-DD') AS origin_meeting_date,
              to_char(due_date, 'YYYY-MM-DD') AS due_date, confidential
       FROM rm_reminder_schedule WHERE next_reminder_on <= $1::date
       ORDER BY next_reminder_on, tenant_id, follow_up_id LIMIT $2
       FOR UPDATE SKIP LOCKED`,
      [today, BATCH],
    );
    if (rows.length === 0) return 0;
    const followUps = rows.map(scheduleRowOf);
    const leads = await leadDaysOf(tx, [...new Set(followUps.map((f) => f.tenantId))]);
    const sent = await remindersSentFor(tx, followUps);
    await lookups.prefetchGroups(tx, followUps);
    // Everything in memory first, then three statements: the ledger, the outbox, the next days.
    const planned: Planned[] = [];
    for (const followUp of followUps) {
      const leadDays = leads.get(followUp.tenantId) ?? REMINDER_LEAD_DAYS.default;
      const earlier = sent.get(`${followUp.tenantId}/${followUp.followUpId}`) ?? [];
      const situation = {
        followUp: { status: 'open' as const, dueDate: followUp.dueDate },
        leadDays,
        today,
        sent: earlier,
      };
      for (const reminder of remindersDue(situation)) {
        planned.push(await this.plan(followUp, reminder, earlier, today, now, lookups));
      }
      followUp.nextReminderOn = nextReminderOn(followUp.dueDate, leadDays, today);
    }
    const recorded = await recordReminders(
      tx,
      planned.map((p) => p.ledger),
    );
    const mine = planned.filter((p) => recorded.has(ledgerKey(p.ledger)));
    await enqueueMails(
      tx,
      mine.flatMap((p) => (p.mail ? [p.mail] : [])),
    );
    report.reminders.push(...mine.map((p) => p.sent));
    await tx.query(
      `UPDATE rm_reminder_schedule s SET next_reminder_on = n.next_on
       FROM unnest($1::text[], $2::text[], $3::date[]) AS n(tenant_id, follow_up_id, next_on)
       WHERE s.tenant_id = n.tenant_id AND s.follow_up_id = n.follow_up_id`,
      [
        followUps.map((f) => f.tenantId),
        followUps.map((f) => f.followUpId),
        followUps.map((f) => f.nextReminderOn),
      ],
    );
    return rows.length;
  }

  /** One reminder's ledger row and e-mail (none when nobody can be reached: the ledger says why). */
  private async plan(
    followUp: ScheduledFollowUp,
    reminder: Reminder,
    earlier: readonly Reminder[],
    today: IsoDate,
    now: Date,
    lookups: Lookups,
  ): Promise<Planned> {
    const { tenantId, followUpId } = followUp;
    const accounts = await lookups.accountsOf(tenantId);
    const group = lookups.groupOf(tenantId, followUp.groupId);
    const responsible = reachable(accounts.get(followUp.responsibleId));
    // The chair is told once the follow-up is overdue: in copy, or as the one recipient when the
    // responsible person cannot be reached (then someone still hears of it).
    const chairs = isOverdueKind(reminder.kind)
      ? chairsOf(group)
          .map((personId) => reachable(accounts.get(personId)))
          .filter(
            (chair): chair is ReminderAccount =>
              chair !== undefined && chair.accountId !== responsible?.accountId,
          )
      : [];
    const [to, ...copies] = responsible ? [responsible, ...chairs] : chairs;
    const skippedReason = to ? null : noAddressReason(accounts.get(followUp.responsibleId));
    const cc = copies.map((copy) => copy.email);
    const ledger: RecordedReminder = {
      ...reminder,
      tenantId,
      followUpId,
      sentAt: now,
      recipients: to ? [to.email, ...cc] : [],
      skippedReason,
      becameOverdue: isOverdueKind(reminder.kind) && !earlier.some((e) => isOverdueKind(e.kind)),
    };
    const sent: SentReminder = {
      ...reminder,
      tenantId,
      followUpId,
      to: to?.email ?? null,
      cc,
      skippedReason,
    };
    if (!to) return { ledger, sent };
    const content = reminderMail(
      reminder,
      { ...followUp, groupName: group?.name ?? 'gruppen' },
      { name: to.displayName, asChair: to !== responsible, chairInCopy: cc.length > 0 },
      today,
      `${this.base()}/uppfoljningar?groupId=${encodeURIComponent(followUp.groupId)}`,
    );
    const mail: OutboxMessage = {
      tenantId,
      messageKey: `reminder:${followUpId}:${reminder.kind}:${reminder.dueDate}:${reminder.seq}:${to.email.toLowerCase()}`,
      kind: `reminder-${reminder.kind}`,
      subjectRef: { followUpId, groupId: followUp.groupId },
      recipient: to.email,
      cc,
      ...content,
    };
    return { ledger, sent, mail };
  }

  /** Why the sweep should wait, or undefined when the schedule is caught up with the log. */
  private async scheduleBehind(name = reminderScheduleProjection.name): Promise<string | undefined> {
    const status = (await readProjectionStatus(this.dataSource.manager)).find(
      (row) => row.projection === name,
    );
    if (!status) return `the ${name} has not run yet`;
    if (status.halted) return `the ${name} is halted at event ${status.halted.position}`;
    if (status.lagSeconds > MAX_SCHEDULE_LAG_SECONDS || status.lagEvents > MAX_SCHEDULE_LAG_EVENTS) {
      return `the ${name} is ${Math.round(status.lagSeconds)} s (${status.lagEvents} events) behind the log`;
    }
    return undefined;
  }

  /** Where links point: the service's public address (PUBLIC_BASE_URL, else http://HOST:PORT). */
  private base(): string {
    return publicBaseUrlOf(this.config);
  }
}

interface Planned {
  ledger: RecordedReminder;
  sent: SentReminder;
  mail?: OutboxMessage;
}

async function leadDaysOf(db: EntityManager, tenants: string[]): Promise<Map<string, number>> {
  const rows: { tenant_id: string; lead_days: number }[] = await db.query(
    'SELECT tenant_id, lead_days FROM rm_reminder_settings WHERE tenant_id = ANY($1::text[])',
    [tenants],
  );
  return new Map(rows.map((row) => [row.tenant_id, row.lead_days]));
}

const chairsOf = (group: GroupState | undefined): string[] =>
  group
    ? activeMembers(group)
        .filter((m) => m.role === 'ordförande')
        .map((m) => m.person.personId)
    : [];

const reachable = (account: ReminderAccount | undefined): ReminderAccount | undefined =>
  account?.active && account.email ? account : undefined;

const noAddressReason = (account: ReminderAccount | undefined): string =>
  !account ? 'the responsible person has no account' : 'the responsible person’s account is disabled';
