import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders for open follow-ups (issue 12).
 *
 * - rm_reminder_schedule: one row per open follow-up, with `next_reminder_on`, the first day the
 *   sweep has anything to do for it. A read model of the follow-up events (rebuilt from zero like
 *   any other), except that the sweep moves `next_reminder_on` forward once it has looked: so a
 *   sweep reads only the rows due today (the index below), never all open follow-ups. A rebuild
 *   sets it back to each due date's first reminder day; the sweep then looks once more at each row
 *   and finds, in the ledger, that nothing is new.
 * - rm_reminder_settings: each organisation's lead days, from its ReminderLeadDaysSet events.
 * - reminders_sent: the ledger, one row per reminder recorded (its key is the decider's: follow-up,
 *   kind, due date, seq), written in the same transaction as its rows in mail_outbox. Not a read
 *   model: a rebuild never touches it, which is what makes a reminder go out once. `recipients`
 *   says who it went to; `skipped_reason` why it went to no one (no account, a disabled one).
 *   `became_overdue` marks the first reminder of the overdue phase, which the next HR digest lists
 *   (`digest_date` is set when it has).
 * - reminder_digests: one row per organisation and day the HR digest was recorded.
 */
export class Reminders1732353000000 implements MigrationInterface {
  name = 'Reminders1732353000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rm_reminder_schedule (
        tenant_id           text    NOT NULL,
        follow_up_id        text    NOT NULL,
        group_id            text    NOT NULL,
        action              text    NOT NULL,
        responsible_id      text    NOT NULL,
        responsible_name    text    NOT NULL,
        origin_meeting_date date    NOT NULL,
        due_date            date    NOT NULL,
        confidential        boolean NOT NULL DEFAULT false,
        next_reminder_on    date    NOT NULL,
        PRIMARY KEY (tenant_id, follow_up_id)
      );
      CREATE INDEX rm_reminder_schedule_next ON rm_reminder_schedule (next_reminder_on);

      CREATE TABLE rm_reminder_settings (
        tenant_id  text    PRIMARY KEY,
        lead_days  integer NOT NULL CHECK (lead_days BETWEEN 1 AND 60)
      );

      CREATE TABLE reminders_sent (
        tenant_id       text        NOT NULL,
        follow_up_id    text        NOT NULL,
        kind            text        NOT NULL CHECK (kind IN ('before', 'due', 'overdue', 'weekly')),
        due_date        date        NOT NULL,
        seq             integer     NOT NULL CHECK (seq >= 0),
        sent_at         timestamptz NOT NULL,
        recipients      text[]      NOT NULL DEFAULT '{}',
        skipped_reason  text,
        became_overdue  boolean     NOT NULL DEFAULT false,
        digest_date     date,
        PRIMARY KEY (tenant_id, follow_up_id, kind, due_date, seq)
      );
      CREATE INDEX reminders_sent_awaiting_digest ON reminders_sent (tenant_id)
        WHERE became_overdue AND digest_date IS NULL;

      CREATE TABLE reminder_digests (
        tenant_id    text        NOT NULL,
        digest_date  date        NOT NULL,
        recorded_at  timestamptz NOT NULL,
        follow_ups   integer     NOT NULL,
        recipients   text[]      NOT NULL DEFAULT '{}',
        PRIMARY KEY (tenant_id, digest_date)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE reminder_digests, reminders_sent, rm_reminder_settings, rm_reminder_schedule');
  }
}
