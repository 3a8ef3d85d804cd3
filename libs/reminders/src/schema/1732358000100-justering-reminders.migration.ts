import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders for justerare of a protocol waiting for them (issue 12, "justerare get the same
 * treatment"; issue 13 sets the last date), built as the follow-up reminders are:
 *
 * - rm_justering_reminder_schedule: one row per justerare who has still to justera a requested
 *   protocol, with its last date and `next_reminder_on` (the first day the sweep has anything to do
 *   for it). A read model of the meeting events; the sweep moves `next_reminder_on` on.
 * - justering_reminders_sent: the ledger, one row per reminder recorded (meeting, justerare, last
 *   date, kind, seq), in the transaction of its e-mail. Not a read model: a rebuild never touches it.
 */
export class JusteringReminders1732358000100 implements MigrationInterface {
  name = 'JusteringReminders1732358000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rm_justering_reminder_schedule (
        tenant_id          text    NOT NULL,
        meeting_id         text    NOT NULL,
        person_id          text    NOT NULL,
        person_name        text    NOT NULL,
        group_id           text    NOT NULL,
        revision           integer NOT NULL,
        last_date          date    NOT NULL,
        requested_by_id    text    NOT NULL,
        next_reminder_on   date    NOT NULL,
        PRIMARY KEY (tenant_id, meeting_id, person_id)
      );
      CREATE INDEX rm_justering_reminder_schedule_next ON rm_justering_reminder_schedule (next_reminder_on);

      CREATE TABLE justering_reminders_sent (
        tenant_id   text        NOT NULL,
        meeting_id  text        NOT NULL,
        person_id   text        NOT NULL,
        last_date   date        NOT NULL,
        kind        text        NOT NULL CHECK (kind IN ('before', 'due', 'overdue', 'weekly')),
        seq         integer     NOT NULL CHECK (seq >= 0),
        sent_at     timestamptz NOT NULL,
        recipients  text[]      NOT NULL DEFAULT '{}',
        PRIMARY KEY (tenant_id, meeting_id, person_id, last_date, kind, seq)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE justering_reminders_sent, rm_justering_reminder_schedule');
  }
}
