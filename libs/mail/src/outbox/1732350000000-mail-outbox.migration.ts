import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The e-mail outbox (issue 12): one row per message and recipient, written in the same transaction
 * as the fact that caused it (a reaction's checkpoint, a reminder's record), sent later by the
 * worker's sender. `message_key` names the cause (e.g. `invitation:<eventId>:<recipient>`,
 * `reminder:<followUpId>:<kind>:<dueDate>`), so recording the same cause twice (a restart, a second
 * worker) inserts nothing the second time, and a message is never sent twice.
 */
export class MailOutbox1732350000000 implements MigrationInterface {
  name = 'MailOutbox1732350000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mail_outbox (
        tenant_id        text        NOT NULL,
        message_id       uuid        NOT NULL DEFAULT gen_random_uuid(),
        message_key      text        NOT NULL,
        kind             text        NOT NULL,
        cause_event_id   text,
        subject_ref      jsonb       NOT NULL DEFAULT '{}'::jsonb,
        recipient        text        NOT NULL,
        cc               text[]      NOT NULL DEFAULT '{}',
        subject          text        NOT NULL,
        text_body        text        NOT NULL,
        html_body        text        NOT NULL,
        attachments      jsonb       NOT NULL DEFAULT '[]'::jsonb,
        status           text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts         integer     NOT NULL DEFAULT 0,
        next_attempt_at  timestamptz NOT NULL DEFAULT now(),
        last_error       text,
        created_at       timestamptz NOT NULL DEFAULT now(),
        sent_at          timestamptz,
        PRIMARY KEY (tenant_id, message_id),
        UNIQUE (tenant_id, message_key)
      );
      CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'pending';
      CREATE INDEX mail_outbox_by_subject ON mail_outbox USING gin (subject_ref jsonb_path_ops);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE mail_outbox');
  }
}
